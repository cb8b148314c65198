import Foundation

/// The duplicate keys and environment of every event of an ingest result, digested on all cores.
struct EventDigests: Sendable {
    /// Per file, per event: the keys deduplication uses.
    var keys: [[Deduplicator.EventKeys]]
    /// Per file, per event: the digest of its ``DatasetBuilder/EnvironmentKey``.
    var environment: [[KeyDigest]]
    var eventCount: Int

    /// Digests every event of `files` on all cores, in batches of about 16,384 events (many small files
    /// share a batch; a large file is split). O(n).
    static func compute(_ files: [FileIngest]) -> EventDigests {
        let batchSize = 16_384
        var pieces: [(file: Int, range: Range<Int>)] = []
        var batches: [Range<Int>] = []  // ranges of `pieces`
        var batchStart = 0, batchEvents = 0
        for (f, file) in files.enumerated() {
            for start in stride(from: 0, to: file.events.count, by: batchSize) {
                let range = start..<min(start + batchSize, file.events.count)
                if batchEvents + range.count > batchSize, batchEvents > 0 {
                    batches.append(batchStart..<pieces.count)
                    (batchStart, batchEvents) = (pieces.count, 0)
                }
                pieces.append((f, range))
                batchEvents += range.count
            }
        }
        if batchStart < pieces.count { batches.append(batchStart..<pieces.count) }
        let (work, batchRanges) = (pieces, batches)
        let digested = concurrentMap(batchRanges.count) { b in
            var keys: [Deduplicator.EventKeys] = []
            var environments: [KeyDigest] = []
            // Neighbours mostly share a stream (often the very same string): its digest is reused.
            var previous: (group: String?, stream: String, digest: KeyDigest)?
            for (f, range) in work[batchRanges[b]] {
                for i in range {
                    let event = files[f].events[i]
                    keys.append(Deduplicator.keys(of: event))
                    if let stream = event.logStream, let p = previous, p.stream == stream, p.group == event.logGroup {
                        environments.append(p.digest)
                        continue
                    }
                    let digest = KeyDigest(DatasetBuilder.EnvironmentKey(event))
                    environments.append(digest)
                    if let stream = event.logStream { previous = (event.logGroup, stream, digest) }
                }
            }
            return (keys, environments)
        }
        var digests = EventDigests(
            keys: files.map { _ in [] }, environment: files.map { _ in [] },
            eventCount: files.reduce(0) { $0 + $1.events.count })
        for (batch, (keys, environments)) in zip(batchRanges, digested) {
            var offset = 0
            for (f, range) in work[batch] {
                digests.keys[f].append(contentsOf: keys[offset..<(offset + range.count)])
                digests.environment[f].append(contentsOf: environments[offset..<(offset + range.count)])
                offset += range.count
            }
        }
        return digests
    }
}
