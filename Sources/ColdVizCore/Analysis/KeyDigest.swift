/// A 128-bit digest of a hashable key: two independently salted SipHash values of it, or, for keys made of a
/// packed id and a few words, a seeded permutation of those words (``init(tag:high:low:)``).
///
/// Equal keys give equal digests; two distinct keys share one with probability about 2⁻¹²⁸, so a table
/// of digests stands for a table of the keys. Computed once per event, in parallel, it makes the
/// sequential deduplication hash 16 plain bytes instead of strings. Digests are valid within one process
/// (the hasher is seeded per run).
struct KeyDigest: Hashable, Sendable {
    var high: UInt64
    var low: UInt64

    /// The digest of `key`. O(size of the key).
    init<Key: Hashable>(_ key: Key) {
        var a = Hasher()
        a.combine(0x9E37_79B9_7F4A_7C15 as UInt64)
        a.combine(key)
        var b = Hasher()
        b.combine(0xC2B2_AE3D_27D4_EB4F as UInt64)
        b.combine(key)
        high = UInt64(UInt(bitPattern: a.finalize()))
        low = UInt64(UInt(bitPattern: b.finalize()))
    }

    /// The digest of the 128 bits `high`, `low` under `tag`, for keys made of a packed id and a few words:
    /// three Feistel rounds of the 64-bit murmur3 finaliser, keyed by `tag` and by seeds drawn once per run.
    /// For one tag it is a permutation, so distinct bits never share a digest; across tags, and against digests
    /// made by ``init(_:)``, a shared digest has probability about 2⁻¹²⁸. A tenth of the cost of ``init(_:)``. O(1).
    init(tag: UInt64, high: UInt64, low: UInt64) {
        let seeds = Self.seeds
        var (left, right) = (high, low)
        right ^= Self.mix(left ^ seeds.0 ^ tag)
        left ^= Self.mix(right ^ seeds.1 ^ tag &* 0x9E37_79B9_7F4A_7C15)
        right ^= Self.mix(left ^ seeds.2 ^ tag &* 0xC2B2_AE3D_27D4_EB4F)
        self.init(high: left, low: right)
    }

    private static let seeds = {
        var random = SystemRandomNumberGenerator()
        return (random.next() as UInt64, random.next() as UInt64, random.next() as UInt64)
    }()

    /// The murmur3 finaliser: a bijection of 64-bit words whose output bits each depend on every input bit.
    @inline(__always)
    static func mix(_ word: UInt64) -> UInt64 {
        var x = word
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    /// The digest with these two halves.
    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    func hash(into hasher: inout Hasher) { hasher.combine(low) }

    /// `low` is already a seeded SipHash value: tables use it as it is, with no second hasher per lookup.
    func _rawHashValue(seed: Int) -> Int { Int(truncatingIfNeeded: low) ^ seed }
}

/// Where a kept event lives: its file's index in the ingest result and its index in that file's events.
struct EventRef: Sendable {
    var file: Int32
    var index: Int32
}
