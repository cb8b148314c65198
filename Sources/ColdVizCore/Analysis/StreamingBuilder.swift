import Foundation

/// Builds the dataset while the input is read: each reading unit (a file, or the consecutive files of
/// one S3-export log stream) is deduplicated and walked on the core that read it, and only its
/// invocations are kept, not its events. Memory then grows with the invocations, not the bytes read.
///
/// This gives the dataset of ``DatasetBuilder/build(_:)`` exactly when no two units share an execution
/// environment or a deduplication key (no overlapping exports, no stream split across inputs): units
/// then interact only through the joins, which run over the whole input as before. Each unit keeps the
/// 64-bit hashes of its keys and environments to check that; when two units share one (or a hash
/// collides), the input is read again and built by ``DatasetBuilder/build(_:)``.
public enum StreamingBuilder {
    /// Reads every file behind `paths` and builds the dataset. `progress` is called with (files done,
    /// files total). O(n log n) in the events of the largest unit, plus O(k log k) in the k keys.
    public static func build(
        paths: [String], options: IngestOptions = IngestOptions(),
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> Dataset {
        let (files, pathProblems) = InputDiscovery.discover(paths)
        PhaseTimer.lap("discovery")
        let units = readingUnits(files)
        let done = AtomicCounter()
        var parts = concurrentMap(units.count) { u in
            var pieces: [FileIngest] = []
            for index in units[u] {
                pieces.append(contentsOf: Ingestor.readPieces(files[index], index: index, options: options))
                progress?(done.increment(), files.count)
            }
            return UnitResult(consuming: pieces)
        }
        PhaseTimer.lap("ingest and walk")
        guard !sharesKeys(&parts) else {
            PhaseTimer.lap("inputs overlap: read again")
            parts = []
            return DatasetBuilder.build(Ingestor.ingest(paths: paths, options: options, progress: progress))
        }
        PhaseTimer.lap("overlap check")
        var findings = FileFindings(pathProblems: pathProblems)
        for part in parts { findings.add(part.findings) }
        let traces = parts.flatMap(\.traces)
        let walks = parts.map(\.walked)
        parts = []
        return DatasetBuilder.assemble(files: files, findings: findings, walks: walks, traces: traces)
    }

    /// The files read and walked together, as ranges of `files`: a file alone, or the consecutive files of
    /// one log stream named by their path (an S3 export's objects of one stream). O(files).
    static func readingUnits(_ files: [InputFile]) -> [Range<Int>] {
        var units: [Range<Int>] = []
        var start = 0
        for i in files.indices.dropFirst() where files[i].logStream == nil || files[i].logStream != files[i - 1].logStream {
            units.append(start..<i)
            start = i
        }
        if !files.isEmpty { units.append(start..<files.count) }
        return units
    }

    /// Whether two units share a key hash; frees the hashes. O(k log k).
    private static func sharesKeys(_ parts: inout [UnitResult]) -> Bool {
        var all: [UInt64] = []
        all.reserveCapacity(parts.reduce(0) { $0 + $1.keyHashes.count })
        for p in parts.indices {
            all.append(contentsOf: parts[p].keyHashes)
            parts[p].keyHashes = []
        }
        all.sort()
        // Each unit's hashes are distinct, so two equal neighbours come from two units.
        for i in all.indices.dropFirst() where all[i] == all[i - 1] { return true }
        return false
    }

    /// What one unit leaves once walked.
    private struct UnitResult: Sendable {
        var findings: FileFindings
        var walked: WalkedEvents
        var traces: [TraceRecord]
        /// The distinct hashes of the unit's duplicate keys, REPORT request ids and environments.
        var keyHashes: [UInt64]

        /// Walks the pieces read of one unit; their events are freed when this returns.
        init(consuming pieces: [FileIngest]) {
            var pieces = pieces
            findings = FileFindings(pathProblems: [])
            var hashes: [UInt64] = []
            for piece in pieces {
                findings.add(piece)
                hashes.reserveCapacity(hashes.count + piece.digests.count * 2)
                var lastEnvironment: UInt64?
                for d in piece.digests {
                    if let key = d.keys.duplicate { hashes.append(key.low) }
                    if let request = d.keys.reportRequest { hashes.append(request.low) }
                    if d.environment.low != lastEnvironment {
                        hashes.append(d.environment.low)
                        lastEnvironment = d.environment.low
                    }
                }
            }
            hashes.sort()
            var distinct = 0
            for i in hashes.indices where i == 0 || hashes[i] != hashes[i - 1] {
                hashes[distinct] = hashes[i]
                distinct += 1
            }
            keyHashes = Array(hashes[..<distinct])
            hashes = []
            walked = DatasetBuilder.walk(&pieces, laps: false)
            walked.walker.trimCapacity()
            traces = pieces.flatMap(\.traces)
        }
    }
}
