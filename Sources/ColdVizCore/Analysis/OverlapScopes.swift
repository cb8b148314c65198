import ColdVizStats

/// What two reading units must share for an event of one to duplicate an event of the other: the request id
/// of a keyed START, END or REPORT (and of the record an untimed event is anchored to), the stream of a
/// timed event, and, for a timed event without a stream, its key itself. Hashing these instead of every
/// key keeps about one hash per invocation to the end, not one per keyed event (``StreamingBuilder``).
struct OverlapScopes: Sendable {
    /// The 64-bit hashes of the scopes, a run of equal ones once.
    private(set) var hashes: [UInt64] = []

    /// Notes the scope of `event`, whose keys are `keys`. Keyless events have none. An untimed event's key
    /// is anchored: to a request id, whose record is noted too (a copy of the event comes with a copy of
    /// its anchor), or to its file's content (``noteKey(_:)``, when the walk learns it). When that is not
    /// known (`anchorsKnown` false), the key itself is noted. O(1) amortised.
    mutating func note(_ event: PlatformEvent, keys: Deduplicator.EventKeys, anchorsKnown: Bool) {
        guard keys.duplicate != nil || keys.reportRequest != nil else { return }
        switch event.record {
        case .report(let r): append(Self.hash(1, r.requestId))
        case .start(let id), .end(let id): append(Self.hash(1, id))
        default:
            if event.timestampMilliseconds == nil {
                if !anchorsKnown { noteKey(keys) }
            } else if let stream = event.logStream, !stream.isEmpty {
                append(Self.hash(2, stream))
            } else {
                noteKey(keys)
            }
        }
    }

    /// Notes `keys` themselves as a scope (keys anchored to a file's content). O(1) amortised.
    mutating func noteKey(_ keys: Deduplicator.EventKeys) {
        keys.appendHashes(to: &hashes)
    }

    /// The hashes, each once, sorted; none are left here. O(n log n).
    mutating func distinct() -> [UInt64] {
        defer { hashes = [] }
        return Self.distinct(hashes)
    }

    /// `values`, each once, sorted. O(n).
    static func distinct(_ values: [UInt64]) -> [UInt64] {
        var all = values
        RadixSort.sort(&all)
        var count = 0
        for i in all.indices where i == 0 || all[i] != all[i - 1] {
            all[count] = all[i]
            count += 1
        }
        all.removeLast(all.count - count)
        return all
    }

    private mutating func append(_ hash: UInt64) {
        if hashes.last != hash { hashes.append(hash) }
    }

    private static func hash<Value: Hashable>(_ domain: UInt8, _ value: Value) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(domain)
        hasher.combine(value)
        return UInt64(UInt(bitPattern: hasher.finalize()))
    }
}
