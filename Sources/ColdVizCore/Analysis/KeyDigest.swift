/// A 128-bit digest of a hashable key: two independently salted SipHash values of it.
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
