import Foundation

/// The duplicate keys and environment of every event of an ingest result, digested on all cores.
struct EventDigests: Sendable {
    /// Per file, per event: the keys deduplication uses.
    var keys: [[Deduplicator.EventKeys]]
    /// Per file, per event: the digest of its ``DatasetBuilder/EnvironmentKey``.
    var environment: [[KeyDigest]]
    var eventCount: Int

    /// Digests every event of `files`, in chunks of at most 16,384 events spread over all cores. O(n).
    static func compute(_ files: [FileIngest]) -> EventDigests {
        let chunkSize = 16_384
        var chunks: [(file: Int, range: Range<Int>)] = []
        for (f, file) in files.enumerated() {
            for start in stride(from: 0, to: file.events.count, by: chunkSize) {
                chunks.append((f, start..<min(start + chunkSize, file.events.count)))
            }
        }
        let work = chunks
        let slots = ResultSlots<([Deduplicator.EventKeys], [KeyDigest])>(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { c in
            let (f, range) = work[c]
            var keys: [Deduplicator.EventKeys] = []
            var environments: [KeyDigest] = []
            keys.reserveCapacity(range.count)
            environments.reserveCapacity(range.count)
            for i in range {
                let event = files[f].events[i]
                keys.append(Deduplicator.keys(of: event))
                environments.append(KeyDigest(DatasetBuilder.EnvironmentKey(event)))
            }
            slots[c] = (keys, environments)
        }
        var digests = EventDigests(
            keys: files.map { _ in [] }, environment: files.map { _ in [] },
            eventCount: files.reduce(0) { $0 + $1.events.count })
        for (c, chunk) in zip(chunks, slots.values) {
            digests.keys[c.file].append(contentsOf: chunk.0)
            digests.environment[c.file].append(contentsOf: chunk.1)
        }
        return digests
    }
}
