/// Walks the events of one reading unit as they are read, without keeping them: each execution
/// environment's walk state (``EnvironmentWalk``) takes its events in input order, and the invocations are
/// put in the order ``DatasetBuilder`` gives them (environments by first appearance) at the end.
///
/// That equals the exact build only for events with no duplicates that come in each environment's time
/// order. The walk checks the order itself, checks that no key repeats in the unit (a 64-bit hash of every
/// duplicate key and REPORT request id), and keeps the hashes of its environments and overlap scopes
/// (``OverlapScopes``), which ``StreamingBuilder`` compares over the whole input; where the walk cannot
/// decide (an INIT_START pasted twice without time, pieces of a text file that do not join), it says so
/// in ``needsExactBuild``.
struct StreamingWalk: Sendable {
    /// Set when the walk's result may differ from the exact build's.
    private(set) var needsExactBuild = false
    /// Hashes of every duplicate key and REPORT request id fed (equal ones mean duplicates or conflicts).
    private(set) var keyHashes: [UInt64] = []
    /// What another unit must share for one of these keys to be theirs too.
    var scopes = OverlapScopes()
    private var output = EnvironmentWalker()
    private var environments: [Environment] = []
    private var slotOf: [KeyDigest: Int32] = [:]
    private var last: (digest: KeyDigest, slot: Int32)?
    /// The environment slot of each invocation, failed init and application log with ids in `output`.
    private var invocationSlots: [Int32] = [], failureSlots: [Int32] = [], appLogSlots: [Int32] = []
    /// The INIT_START fed last, when the event fed last was one (a console copy repeats it untimed).
    private var previousInitStart: (fileIndex: Int, fields: InitStartFields)?

    private struct Environment: Sendable {
        var walk = EnvironmentWalk()
        var lastOrder: (milliseconds: Int64, rank: Int)?
        var allTimed = true
        var inTimeOrder = true
    }

    /// An empty walk; see ``IngestOptions/proactiveGapMilliseconds``.
    init(proactiveGapMilliseconds: Int64 = EnvironmentWalker.defaultProactiveGapMilliseconds) {
        output.proactiveGapMilliseconds = proactiveGapMilliseconds
    }

    /// Marks the walk as one whose result the exact build must replace.
    mutating func giveUp() { needsExactBuild = true }

    /// Takes the keys an event fed before was given afterwards: anchored to a later request id, or (when
    /// `toContent`) to its file's content.
    mutating func note(_ keys: Deduplicator.EventKeys, toContent: Bool) {
        keys.appendHashes(to: &keyHashes)
        if toContent { scopes.noteKey(keys) }
    }

    /// Takes the next event read, with its digests. Amortised O(1).
    mutating func feed(_ event: PlatformEvent, digest: EventDigest) {
        digest.keys.appendHashes(to: &keyHashes)
        scopes.note(event, keys: digest.keys, anchorsKnown: true)
        if case .initStart(let fields) = event.record {
            if event.timestampMilliseconds == nil, let previous = previousInitStart,
                previous.fileIndex == event.location.fileIndex, previous.fields == fields
            {
                needsExactBuild = true
            }
            previousInitStart = (event.location.fileIndex, fields)
        } else {
            previousInitStart = nil
        }
        let slot = slot(of: digest.environment)
        let s = Int(slot)
        if let ms = event.timestampMilliseconds {
            // END and RESTORE_REPORT change no walk state: where they fall in the order does not matter.
            switch event.record {
            case .end, .restoreReport: break
            default:
                let order = (milliseconds: ms, rank: DatasetBuilder.rank(event.record))
                if let before = environments[s].lastOrder, order < before { environments[s].inTimeOrder = false }
                environments[s].lastOrder = order
            }
        } else {
            environments[s].allTimed = false
        }
        let counts = (output.invocations.count, output.initFailures.count, output.appLogsWithIds.count)
        environments[s].walk.step(event, into: &output)
        if output.invocations.count > counts.0 { invocationSlots.append(slot) }
        if output.initFailures.count > counts.1 { failureSlots.append(slot) }
        if output.appLogsWithIds.count > counts.2 { appLogSlots.append(slot) }
    }

    /// The environment slot for `digest`, a new one at its first appearance.
    private mutating func slot(of digest: KeyDigest) -> Int32 {
        if let last, last.digest == digest { return last.slot }
        let slot: Int32
        if let s = slotOf[digest] {
            slot = s
        } else {
            slot = Int32(environments.count)
            slotOf[digest] = slot
            environments.append(Environment())
        }
        last = (digest, slot)
        return slot
    }

    /// Ends every environment's walk and returns what they walked, environments in order of first
    /// appearance, with the hashes of the environments (for ``StreamingBuilder``'s check). O(n).
    mutating func finish() -> (walker: EnvironmentWalker, environmentHashes: [UInt64]) {
        for s in environments.indices {
            environments[s].walk.finish(into: &output)
            if environments[s].allTimed && !environments[s].inTimeOrder { needsExactBuild = true }
        }
        let hashes = slotOf.keys.map(\.low)
        environments = []
        slotOf = [:]
        var walker = output
        output = EnvironmentWalker()
        output.proactiveGapMilliseconds = walker.proactiveGapMilliseconds
        walker.invocations = Self.grouped(walker.invocations, slots: invocationSlots)
        walker.initFailures = Self.grouped(walker.initFailures, slots: failureSlots)
        walker.appLogsWithIds = Self.grouped(walker.appLogsWithIds, slots: appLogSlots)
        invocationSlots = []
        failureSlots = []
        appLogSlots = []
        return (walker, hashes)
    }

    /// `items` stably ordered by their slots (a counting sort); the array itself when already in order.
    private static func grouped<T>(_ items: [T], slots: [Int32]) -> [T] {
        guard zip(slots, slots.dropFirst()).contains(where: { $0 > $1 }) else { return items }
        let slotCount = Int(slots.max() ?? 0) + 1
        var next = [Int](repeating: 0, count: slotCount + 1)
        for s in slots { next[Int(s) + 1] += 1 }
        for s in 0..<slotCount { next[s + 1] += next[s] }
        var order = [Int](repeating: 0, count: items.count)
        for (i, s) in slots.enumerated() {
            order[next[Int(s)]] = i
            next[Int(s)] += 1
        }
        return order.map { items[$0] }
    }
}
