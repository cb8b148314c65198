/// Merges what every file yielded into invocations: removes duplicates, orders each execution
/// environment's events and classifies each invocation (FORMATS.md §2.9).
public enum DatasetBuilder {
    /// A START this long after its INIT_START cannot have waited for an on-demand init (max 10 s).
    static let preinitialisedGapMilliseconds: Int64 = 10_500
    /// An invocation more than this long after a failure is not taken as that failure's retried init.
    static let failureHorizonMilliseconds: Int64 = 15 * 60 * 1000

    /// Builds the dataset. O(n log n) in the number of platform events.
    /// Each file's events are released once deduplicated, so the events are held about once, not twice.
    public static func build(_ result: consuming IngestResult) -> Dataset {
        var accounting = EventAccounting()
        var problems = result.pathProblems
        var warnings: [InputProblem] = []
        var fileErrors = result.pathProblems.count
        var dedup = Deduplicator()
        var kept: [PlatformEvent] = []
        let eventCount = result.perFile.reduce(0) { $0 + $1.events.count }
        dedup.reserveCapacity(eventCount)
        kept.reserveCapacity(eventCount)
        for f in result.perFile.indices {
            let file = result.perFile[f]
            result.perFile[f].events = []
            accounting.add(file.accounting)
            problems.append(contentsOf: file.problems)
            warnings.append(contentsOf: file.warnings)
            fileErrors += file.fileErrors
            for event in file.events { dedup.add(event, to: &kept) }
        }
        for c in dedup.conflicts {
            let first = result.files[c.first.fileIndex].path, second = result.files[c.second.fileIndex].path
            warnings.append(
                InputProblem(
                    file: second, line: c.second.line,
                    message: "REPORT for request \(c.requestId) differs from the one at \(first):\(c.first.line); both kept"))
        }
        accounting.moveToDuplicates(dedup.duplicatesByKind)

        var walker = EnvironmentWalker()
        for indices in environments(kept) { walker.walk(indices.lazy.map { kept[$0] }) }
        var invocations = walker.invocations
        var joiner = ExplanationJoiner()
        joiner.join(
            &invocations, appLogs: walker.appLogsWithIds, traces: result.perFile.flatMap(\.traces),
            unmatchedAppLogs: walker.unmatchedAppLogs, unmatchedImportTrees: walker.unmatchedImportTrees)
        var traceDuplicates = EventAccounting()
        traceDuplicates.traceSegments = joiner.duplicateTraceSegments
        accounting.moveToDuplicates(traceDuplicates)
        return Dataset(
            files: result.files, invocations: invocations, initFailures: walker.initFailures,
            preinitialisedEnvironments: walker.preinitialised, accounting: accounting,
            problems: problems, warnings: warnings, fileErrors: fileErrors, joins: joiner.coverage)
    }

    /// Event indices grouped by execution environment (log group + stream; a file without streams is
    /// one sequence), each in time order when every event has a time, else in input order.
    static func environments(_ events: [PlatformEvent]) -> [[Int]] {
        var order: [EnvironmentKey] = []
        var groups: [EnvironmentKey: [Int]] = [:]
        for (i, e) in events.enumerated() {
            let key: EnvironmentKey =
                e.logStream.map { .stream(group: e.logGroup ?? "", stream: $0) } ?? .file(e.location.fileIndex)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(i)
        }
        let times = events.map(\.timestampMilliseconds)
        let ranks = events.map { rank($0.record) }
        return order.map { key in
            let indices = groups[key]!
            guard indices.allSatisfy({ times[$0] != nil }) else { return indices }
            return indices.sorted { a, b in
                if times[a]! != times[b]! { return times[a]! < times[b]! }
                if ranks[a] != ranks[b] { return ranks[a] < ranks[b] }
                return a < b
            }
        }
    }

    /// An execution environment: a log group and stream, or a whole file without streams.
    private enum EnvironmentKey: Hashable {
        case stream(group: String, stream: String)
        case file(Int)
    }

    /// Order of records logged at the same millisecond.
    private static func rank(_ r: PlatformRecord) -> Int {
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

    /// The function name the log group or stream gives (FORMATS.md §4.5).
    static func functionName(group: String?, stream: String?) -> String? {
        if let group, group.hasPrefix("/aws/lambda/") {
            let name = group.dropFirst("/aws/lambda/".count)
            if !name.isEmpty { return String(name) }
        }
        // Custom log groups: `YYYY/MM/DD/<function>[VERSION]<hex>`.
        if let stream, stream.count > 11, let bracket = stream.firstIndex(of: "[") {
            let name = stream[stream.index(stream.startIndex, offsetBy: 11)..<bracket]
            if !name.isEmpty, !name.contains("/") { return String(name) }
        }
        return nil
    }
}
