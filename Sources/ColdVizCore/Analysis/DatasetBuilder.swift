import Foundation

/// Merges what every file yielded into invocations: removes duplicates, orders each execution
/// environment's events and classifies each invocation (docs/FORMATS.md §2.9).
public enum DatasetBuilder {
    /// A START this long after its INIT_START cannot have waited for an on-demand init (max 10 s).
    static let preinitialisedGapMilliseconds: Int64 = 10_500
    /// An invocation more than this long after a failure is not taken as that failure's retried init.
    static let failureHorizonMilliseconds: Int64 = 15 * 60 * 1000

    /// Builds the dataset. O(n log n) in the number of platform events; environments are walked on
    /// all cores, deduplication is one sequential pass over the 16-byte digests made at ingest.
    public static func build(_ result: consuming IngestResult) -> Dataset {
        var findings = FileFindings(pathProblems: result.pathProblems)
        var files = result.perFile
        result.perFile = []  // `files` is then the only owner, so events are patched in place
        for i in files.indices {
            findings.add(files[i])
            // The findings hold the read-back records alone: the dataset takes them without a copy.
            (files[i].exportedInvocations, files[i].exportedFailures) = ([], [])
        }
        PhaseTimer.lap("ingest")
        let walked = walk(&files, proactiveGapMilliseconds: result.options.proactiveGapMilliseconds)
        let traces = files.flatMap(\.traces)
        // Millions of small objects: released on another core while the caller goes on with the dataset.
        let events = files
        files = []
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(events) {} }
        var walks = [walked]
        return assemble(files: result.files, findings: consume findings, walks: &walks, traces: traces).dataset
    }

    /// Deduplicates the events of `files`, groups them into environments and walks each. The files keep
    /// their events (patched by deduplication) but lose their digests. `laps` times the phases
    /// (``PhaseTimer``). O(n log n) in the events.
    static func walk(_ files: inout [FileIngest], proactiveGapMilliseconds: Int64, laps: Bool = true) -> WalkedEvents {
        let (kept, dedup) = deduplicate(&files)
        if laps { PhaseTimer.lap("deduplication") }
        let groups = environments(kept, restreamed: dedup.restreamed, files: files)
        // The digests have served: freed before the walk adds the invocations (the peak of memory).
        for f in files.indices { files[f].digests = [] }
        let walker = walkInParallel(
            groups, kept: kept, files: files, proactiveGapMilliseconds: proactiveGapMilliseconds)
        if laps { PhaseTimer.lap("environments") }
        return WalkedEvents(walker: walker, conflicts: dedup.conflicts, duplicatesByKind: dedup.duplicatesByKind)
    }

    /// The dataset of walked events: `walks` in input order (each of other environments and keys than the
    /// others), joined with the application logs, import trees and traces of the whole input, with the
    /// deployments of `findings` once each (``CloudTrailDeployment/unique(_:)``). The walks
    /// are emptied as they are merged, so only one is held twice at a time. `moduleTimesOrderKnown` is false
    /// when logs joined before (per unit) and logs joined here both gave an invocation module times
    /// (``ExplanationJoiner/moduleTimesOrderUnknown``). O(n).
    static func assemble(
        files: [InputFile], findings: consuming FileFindings, walks: inout [WalkedEvents], traces: [TraceRecord]
    ) -> (dataset: Dataset, moduleTimesOrderKnown: Bool) {
        var accounting = findings.accounting
        var warnings = findings.warnings
        for walked in walks {
            for c in walked.conflicts {
                let first = files[c.first.fileIndex].path, second = files[c.second.fileIndex].path
                warnings.append(
                    InputProblem(
                        file: second, line: c.second.line,
                        message: "REPORT for request \(c.requestId) differs from the one at \(first):\(c.first.line); both kept"))
            }
            accounting.moveToDuplicates(walked.duplicatesByKind)
        }
        var walkers: [EnvironmentWalker] = []
        for w in walks.indices {
            walkers.append(walks[w].walker)
            walks[w].walker = EnvironmentWalker()
        }
        walks = []
        var walker = walkers.isEmpty ? EnvironmentWalker() : walkers.removeFirst()
        walker.append(contentsOf: &walkers)
        // The walkers' arrays, freed as they were appended: an export tree's hundreds of thousands of small
        // blocks, resident between the blocks kept until given back.
        AllocatorTuning.releaseFreePages()
        var invocations = walker.takeInvocations()
        var initFailures = walker.initFailures
        var exportRepeats = EventAccounting()
        exportRepeats.reports = ExportedRecord.removeRepeats(of: &findings.exportedInvocations)
        exportRepeats.initReports = ExportedRecord.removeRepeats(of: &findings.exportedFailures)
        accounting.moveToDuplicates(exportRepeats)
        if invocations.isEmpty {
            swap(&invocations, &findings.exportedInvocations)
        } else {
            invocations.append(contentsOf: findings.exportedInvocations)
            findings.exportedInvocations = []
        }
        initFailures.append(contentsOf: findings.exportedFailures)
        var joiner = ExplanationJoiner()
        joiner.join(
            &invocations, appLogs: walker.takeAppLogsWithIds(), traces: traces,
            unmatchedAppLogs: walker.unmatchedAppLogs, unmatchedImportTrees: walker.unmatchedImportTrees)
        PhaseTimer.lap("joins")
        var traceDuplicates = EventAccounting()
        traceDuplicates.traceSegments = joiner.duplicateTraceSegments
        accounting.moveToDuplicates(traceDuplicates)
        let (deployments, repeated) = CloudTrailDeployment.unique(findings.deployments)
        var deploymentDuplicates = EventAccounting()
        deploymentDuplicates.deployments = repeated
        accounting.moveToDuplicates(deploymentDuplicates)
        let dataset = Dataset(
            files: files, invocations: invocations, initFailures: initFailures,
            preinitialisedEnvironments: walker.preinitialised, accounting: accounting,
            problems: findings.problems, warnings: warnings, fileErrors: findings.fileErrors, joins: joiner.coverage,
            deployments: deployments, recordLabels: findings.exportLabels)
        return (dataset, !joiner.moduleTimesOrderUnknown)
    }

    /// What deduplication leaves: the kept events in input order, and the duplicates' counts and conflicts
    /// (its key table is freed on return). O(n).
    private static func deduplicate(_ files: inout [FileIngest]) -> (
        kept: [EventRef],
        dedup: (
            conflicts: [(first: SourceLocation, second: SourceLocation, requestId: LogId)], restreamed: [Int],
            duplicatesByKind: EventAccounting
        )
    ) {
        let eventCount = files.reduce(0) { $0 + $1.events.count }
        // Only events with a duplicate key enter the table: sized for those, it is often half as large.
        let keyed = files.reduce(0) { n, file in file.digests.reduce(n) { $1.keys.duplicate == nil ? $0 : $0 + 1 } }
        var dedup = Deduplicator()
        var kept: [EventRef] = []
        dedup.reserveCapacity(keyed: keyed, reports: files.reduce(0) { $0 + $1.accounting.reports })
        kept.reserveCapacity(eventCount)
        for f in files.indices {
            for i in files[f].events.indices {
                dedup.add(
                    EventRef(file: Int32(f), index: Int32(i)), keys: files[f].digests[i].keys, files: &files, kept: &kept)
            }
        }
        return (kept, (dedup.conflicts, dedup.restreamed, dedup.duplicatesByKind))
    }

    /// Positions in `kept` grouped by execution environment (log group + stream; a file without streams
    /// is one sequence), environments in order of first appearance, positions in input order: environment
    /// `g` is `positions[bounds[g]..<bounds[g + 1]]`. One flat array, so a million small environments cost
    /// no million arrays. O(n).
    static func environments(
        _ kept: [EventRef], restreamed: [Int], files: [FileIngest]
    ) -> (positions: [Int], bounds: [Int]) {
        var environmentOf = [KeyDigest](repeating: KeyDigest(0), count: kept.count)
        for (p, ref) in kept.enumerated() { environmentOf[p] = files[Int(ref.file)].digests[Int(ref.index)].environment }
        // A kept event that took its stream from a later copy belongs to that stream's environment.
        for p in restreamed {
            let ref = kept[p]
            environmentOf[p] = KeyDigest(EnvironmentKey(files[Int(ref.file)].events[Int(ref.index)]))
        }
        // Each position's environment slot (slots in order of first appearance), then a counting sort.
        var slotOf: [KeyDigest: Int] = [:]
        var slots = [Int32](repeating: 0, count: kept.count)
        var counts: [Int] = []
        var last: (digest: KeyDigest, slot: Int)?
        for p in kept.indices {
            let digest = environmentOf[p]
            let slot: Int
            if let last, last.digest == digest {
                slot = last.slot
            } else if let s = slotOf[digest] {
                slot = s
            } else {
                slot = counts.count
                slotOf[digest] = slot
                counts.append(0)
            }
            slots[p] = Int32(slot)
            counts[slot] += 1
            last = (digest, slot)
        }
        var bounds = [0]
        bounds.reserveCapacity(counts.count + 1)
        for n in counts { bounds.append(bounds.last! + n) }
        var next = bounds
        var positions = [Int](repeating: 0, count: kept.count)
        for p in kept.indices {
            let slot = Int(slots[p])
            positions[next[slot]] = p
            next[slot] += 1
        }
        return (positions, bounds)
    }

    /// Walks the environments on all cores: contiguous runs of environments with about equal numbers
    /// of events, one walker each, merged in order (so the result equals one walker over all). O(n log n).
    private static func walkInParallel(
        _ groups: (positions: [Int], bounds: [Int]), kept: [EventRef], files: [FileIngest],
        proactiveGapMilliseconds: Int64
    ) -> EnvironmentWalker {
        let environments = groups.bounds.count - 1
        let total = groups.positions.count
        let parts = max(1, min(environments, ProcessInfo.processInfo.activeProcessorCount * 2))
        var bounds = [0]
        for g in 0..<environments {
            let running = groups.bounds[g + 1]
            if running * parts >= total * bounds.count, g + 1 < environments, bounds.count < parts { bounds.append(g + 1) }
        }
        bounds.append(environments)
        let partBounds = bounds
        var walkers = concurrentMap(partBounds.count - 1) { part in
            var walker = EnvironmentWalker()
            walker.proactiveGapMilliseconds = proactiveGapMilliseconds
            // At most one invocation per event: a bound that spares the copies of a growing array.
            walker.reserveInvocations(groups.bounds[partBounds[part + 1]] - groups.bounds[partBounds[part]])
            for g in partBounds[part]..<partBounds[part + 1] {
                let environment = groups.positions[groups.bounds[g]..<groups.bounds[g + 1]]
                let ordered = timeOrdered(environment, kept: kept, files: files)
                walker.walk(ordered.lazy.map { p in files[Int(kept[p].file)].events[Int(kept[p].index)] })
            }
            return walker
        }
        var merged = walkers.removeFirst()
        merged.append(contentsOf: &walkers)
        return merged
    }

    /// The positions of one environment in time order when every event has a time (ties: the order
    /// in which Lambda logs records at one millisecond, then input order), else unchanged. O(k log k).
    private static func timeOrdered(_ positions: ArraySlice<Int>, kept: [EventRef], files: [FileIngest]) -> [Int] {
        var keyed: [(milliseconds: Int64, rank: Int, position: Int)] = []
        keyed.reserveCapacity(positions.count)
        for p in positions {
            // Fields read in place: a copy of the event would retain its strings.
            let (f, i) = (Int(kept[p].file), Int(kept[p].index))
            guard let ms = files[f].events[i].timestampMilliseconds else { return Array(positions) }
            keyed.append((ms, rank(files[f].events[i].record), p))
        }
        keyed.sort { a, b in
            if a.milliseconds != b.milliseconds { return a.milliseconds < b.milliseconds }
            if a.rank != b.rank { return a.rank < b.rank }
            return a.position < b.position
        }
        return keyed.map(\.position)
    }

    /// An execution environment: a log group and stream, or a whole file without streams.
    enum EnvironmentKey: Hashable {
        case stream(group: String, stream: String)
        case file(Int)

        /// The environment `event` was logged in.
        init(_ event: PlatformEvent) {
            self = event.logStream.map { .stream(group: event.logGroup ?? "", stream: $0) } ?? .file(event.location.fileIndex)
        }
    }

    /// Order of records logged at the same millisecond.
    static func rank(_ r: PlatformRecord) -> Int {
        switch r {
        case .initStart: 0
        case .restoreStart: 1
        case .initReport: 2
        case .restoreReport: 3
        case .start: 4
        case .importTime: 1
        case .failureMarker, .appLog: 5
        case .end: 6
        case .report: 7
        }
    }

    /// The function name the log group or stream gives (docs/FORMATS.md §4.5).
    static func functionName(group: String?, stream: String?) -> String? {
        if let group, group.hasPrefix("/aws/lambda/") {
            let name = group.dropFirst("/aws/lambda/".count)
            if !name.isEmpty { return String(name) }
        }
        // Custom log groups: `YYYY/MM/DD/<function>[VERSION]<hex>`.
        guard let stream else { return nil }
        let utf8 = stream.utf8
        // Called per event: by bytes when the stream is ASCII (bytes are then characters).
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            guard stream.count > 11, let bracket = stream.firstIndex(of: "["),
                let start = stream.index(stream.startIndex, offsetBy: 11, limitedBy: bracket)
            else { return nil }
            let name = stream[start..<bracket]
            return name.isEmpty || name.contains("/") ? nil : String(name)
        }
        guard utf8.count > 11, let bracket = utf8.firstIndex(of: UInt8(ascii: "[")) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: 11)
        guard start < bracket, !utf8[start..<bracket].contains(UInt8(ascii: "/")) else { return nil }
        return String(stream[start..<bracket])
    }
}
