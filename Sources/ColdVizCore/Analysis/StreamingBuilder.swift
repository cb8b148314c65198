import ColdVizStats
import Foundation

/// Builds the dataset while the input is read: each reading unit (a file, or the consecutive files of
/// one S3-export log stream) is deduplicated and walked on the core that read it, and only its
/// invocations are kept, not its events. Memory then grows with the invocations, not the bytes read.
///
/// This gives the dataset of ``DatasetBuilder/build(_:)`` exactly when no two units share an execution
/// environment or a deduplication key (no overlapping exports, no stream split across inputs): units
/// then interact only through the joins, which run over the whole input as before. Each unit keeps the
/// 64-bit hashes of its environments and of what another unit must share to share a key with it (request
/// ids, streams: ``OverlapScopes``, about one per invocation) to check that; when two units share one (or
/// a hash collides), the input is read again and built by ``DatasetBuilder/build(_:)``.
public enum StreamingBuilder {
    /// Reads every file behind `paths` and builds the dataset. `progress` is called with (files done,
    /// files total). O(n log n) in the events of the largest unit, plus O(k log k) in the k keys.
    public static func build(
        paths: [String], options: IngestOptions = IngestOptions(),
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> Dataset {
        buildReporting(paths: paths, options: options, progress: progress).dataset
    }

    /// How a build went: how many reading units there were, how many were read again and walked exactly,
    /// and whether the whole input was built exactly because units overlapped.
    struct Report: Equatable {
        var units = 0
        var unitsWalkedExactly = 0
        var overlapping = false
    }

    /// ``build(paths:options:progress:)``, with how it went.
    static func buildReporting(
        paths: [String], options: IngestOptions = IngestOptions(),
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> (dataset: Dataset, report: Report) {
        let (files, pathProblems) = InputDiscovery.discover(paths)
        AllocatorTuning.releaseFreePages()
        PhaseTimer.lap("discovery")
        let units = readingUnits(files)
        let done = AtomicCounter()
        // Consecutive units in batches, each batch's results merged as they come: an export tree's
        // hundreds of thousands of one-file units would each cost arrays of their own.
        let batchCount = min(units.count, 64 * ProcessInfo.processInfo.activeProcessorCount)
        var parts = concurrentMap(batchCount) { b in
            let batch = units[(b * units.count / batchCount)..<((b + 1) * units.count / batchCount)]
            var result = UnitResult()
            for unit in batch {
                result.add(
                    UnitResult(reading: unit.map { (index: $0, file: files[$0]) }, options: options) {
                        progress?(done.increment(), files.count)
                    })
            }
            result.walked.walker.trimCapacity()
            // Sorted here, on the core that read the batch: the overlap check then merges sorted runs.
            RadixSort.sort(&result.overlapHashes)
            return result
        }
        var report = Report(units: units.count, unitsWalkedExactly: parts.reduce(0) { $0 + $1.unitsWalkedExactly })
        PhaseTimer.lap("ingest and walk (\(report.unitsWalkedExactly) of \(units.count) units read twice)")
        /// The input read again and built exactly, because `why`.
        func builtExactly(because why: String) -> (dataset: Dataset, report: Report) {
            PhaseTimer.lap("\(why): read again for the exact build")
            report.overlapping = true
            return (DatasetBuilder.build(Ingestor.ingest(paths: paths, options: options, progress: progress)), report)
        }
        if unitsOverlap(&parts) {
            parts = []
            return builtExactly(because: "inputs overlap")
        }
        PhaseTimer.lap("overlap check")
        var findings = FileFindings(pathProblems: pathProblems)
        for part in parts { findings.add(part.findings) }
        let traces = parts.flatMap(\.traces)
        var walks = parts.map(\.walked)
        parts = []
        let (dataset, moduleTimesOrderKnown) = DatasetBuilder.assemble(
            files: files, findings: consume findings, walks: &walks, traces: traces)
        guard moduleTimesOrderKnown else { return builtExactly(because: "logs of one invocation in several units") }
        return (dataset, report)
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

    /// Whether two units may share a key or share an environment (each unit's hashes are distinct; each
    /// part's are sorted): a merge of the parts' sorted hashes, two equal ones meeting. Frees the hashes.
    /// O(k log parts), no copy of the k hashes.
    private static func unitsOverlap(_ parts: inout [UnitResult]) -> Bool {
        defer { for p in parts.indices { parts[p].overlapHashes = [] } }
        // A binary heap of (next hash, part) over the parts' runs.
        var heap: [(hash: UInt64, part: Int)] = []
        var position = [Int](repeating: 0, count: parts.count)
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count, heap[l].hash < heap[m].hash { m = l }
                if r < heap.count, heap[r].hash < heap[m].hash { m = r }
                if m == i { return }
                heap.swapAt(i, m)
                i = m
            }
        }
        for p in parts.indices where !parts[p].overlapHashes.isEmpty {
            heap.append((parts[p].overlapHashes[0], p))
        }
        for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(i) }
        var last: UInt64?
        while let top = heap.first {
            if top.hash == last { return true }
            last = top.hash
            let p = top.part
            position[p] += 1
            if position[p] < parts[p].overlapHashes.count {
                heap[0] = (parts[p].overlapHashes[position[p]], p)
            } else {
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
            }
            if !heap.isEmpty { siftDown(0) }
        }
        return false
    }

    /// What one unit, or consecutive units, leave once read and walked.
    private struct UnitResult: Sendable {
        var findings = FileFindings(pathProblems: [])
        var walked = WalkedEvents(walker: EnvironmentWalker(), conflicts: [], duplicatesByKind: EventAccounting())
        var traces: [TraceRecord] = []
        /// The hashes of each unit's overlap scopes (``OverlapScopes``) and environments, each once in a unit.
        var overlapHashes: [UInt64] = []
        /// How many of the units were read again and walked exactly.
        var unitsWalkedExactly = 0

        /// Nothing read yet.
        init() {}

        /// Appends what the units after these left.
        mutating func add(_ later: consuming UnitResult) {
            findings.add(later.findings)
            walked.walker.append(later.walked.walker)
            walked.conflicts.append(contentsOf: later.walked.conflicts)
            walked.duplicatesByKind.add(later.walked.duplicatesByKind)
            traces.append(contentsOf: later.traces)
            overlapHashes.append(contentsOf: later.overlapHashes)
            unitsWalkedExactly += later.unitsWalkedExactly
        }

        /// Reads `files` in order, walking their events as they are read; when that walk cannot stand for
        /// the exact one (events out of time order, duplicates), reads them again and walks them exactly.
        init(reading files: [(index: Int, file: InputFile)], options: IngestOptions, fileDone: () -> Void) {
            var walk = StreamingWalk(proactiveGapMilliseconds: options.proactiveGapMilliseconds)
            for (index, file) in files {
                var ingest = FileIngest(fileIndex: index, displayPath: file.path)
                ingest.walk = walk
                walk = StreamingWalk()
                let rest = Ingestor.read(file, into: &ingest, options: options)
                precondition(rest.isEmpty, "a walked file is not returned in pieces")
                walk = ingest.walk.take()!
                findings.add(ingest)
                traces.append(contentsOf: ingest.traces)
                fileDone()
            }
            var (walker, environmentHashes) = walk.finish()
            var keyHashes = walk.keyHashes
            let needsExactBuild = walk.needsExactBuild
            overlapHashes = walk.scopes.distinct()
            walk = StreamingWalk()
            RadixSort.sort(&keyHashes)
            guard !needsExactBuild, !zip(keyHashes, keyHashes.dropFirst()).contains(where: { $0 == $1 }) else {
                unitsWalkedExactly = 1
                walker = EnvironmentWalker()
                (findings, traces) = (FileFindings(pathProblems: []), [])
                var pieces: [FileIngest] = []
                for (index, file) in files {
                    for piece in Ingestor.readPieces(file, index: index, options: options) {
                        findings.add(piece)
                        traces.append(contentsOf: piece.traces)
                        pieces.append(piece)
                    }
                }
                overlapHashes = Self.distinctHashes(of: pieces)
                walked = DatasetBuilder.walk(
                    &pieces, proactiveGapMilliseconds: options.proactiveGapMilliseconds, laps: false)
                walked.walker.joinAppLogsToOwnInvocations()
                return
            }
            keyHashes = []
            overlapHashes = OverlapScopes.distinct(overlapHashes + environmentHashes)
            environmentHashes = []
            // The unit's logs are joined now, not kept to the end: they are often more than its invocations.
            walker.joinAppLogsToOwnInvocations()
            walked = WalkedEvents(walker: walker, conflicts: [], duplicatesByKind: EventAccounting())
        }

        /// The distinct hashes of the overlap scopes and environments of `pieces`' events.
        private static func distinctHashes(of pieces: [FileIngest]) -> [UInt64] {
            var scopes = OverlapScopes()
            var environments: [UInt64] = []
            for piece in pieces {
                for (event, d) in zip(piece.events, piece.digests) {
                    scopes.note(event, keys: d.keys, anchorsKnown: false)
                    if d.environment.low != environments.last { environments.append(d.environment.low) }
                }
            }
            return OverlapScopes.distinct(scopes.distinct() + environments)
        }
    }
}
