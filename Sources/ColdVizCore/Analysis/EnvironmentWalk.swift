/// The state of the walk through one execution environment's events, one event at a time: what
/// ``EnvironmentWalker/walk(_:)`` keeps between events, so that events can also be fed as they are read.
struct EnvironmentWalk: Sendable {
    var runtimeVersion: String?
    var functionVersion: String?
    var functionName: String?
    var pendingInit: (milliseconds: Int64?, preinitialised: Bool, provisioned: Bool)?
    /// The Init phase the request started last may have waited for: when it started and when that request
    /// started (for ``StartCategory/proactive``), and whether it was for provisioned concurrency.
    var startedInit: (initMilliseconds: Int64?, startMilliseconds: Int64?, provisioned: Bool)?
    var sawInit = false
    var reportsSeen = 0
    var nextIsSuppressedInit = false
    var failureLinePending = false
    var nextStartPreinitialised = false
    var lastWasReport = false
    var failureMilliseconds: Int64?
    var failuresHere: [Int] = []
    var memory: Int?
    var pendingLogs: [AppLogRecord] = []
    var tree: ImportTree?
    // The group and stream last asked for a function name: the events of an environment mostly share
    // them (often the very same strings), and then need not be asked again.
    var asked: (group: String?, stream: String?)?
    /// The context of the invocation walked last, shared by the next when its names are the same.
    var context: InvocationContext?

    /// Takes the next event of the environment; invocations and failed inits go into `walker`.
    mutating func step(_ e: PlatformEvent, into walker: inout EnvironmentWalker) {
        if functionName == nil, asked.map({ $0.group != e.logGroup || $0.stream != e.logStream }) ?? true {
            functionName = DatasetBuilder.functionName(group: e.logGroup, stream: e.logStream)
            asked = (e.logGroup, e.logStream)
        }
        switch e.record {
        case .initStart(let f), .restoreStart(let f):
            if let v = f.runtimeVersion { runtimeVersion = v }
            if let v = f.functionVersion { functionVersion = v }
            if let n = f.functionName { functionName = functionName ?? n }
            let type = f.initializationType
            pendingInit = (
                e.timestampMilliseconds, type != nil && type != "on-demand" && type != "snap-start",
                type == "provisioned-concurrency"
            )
            if case .initStart = e.record { sawInit = true }
        case .initReport(let f):
            if f.isFailure {
                failuresHere.append(walker.initFailures.count)
                walker.initFailures.append(
                    InitFailure(
                        fields: f, timestampMilliseconds: e.timestampMilliseconds, logGroup: e.logGroup,
                        logStream: e.logStream, runtimeVersion: runtimeVersion, memorySizeMegabytes: nil,
                        functionNameFromData: functionName, location: e.location))
            }
            if f.phase == "invoke" || f.isFailure {
                nextIsSuppressedInit = true
                failureMilliseconds = e.timestampMilliseconds
            }
        case .start:
            lastWasReport = false
            startedInit = nil
            if let p = pendingInit {
                let gap = (e.timestampMilliseconds ?? 0) - (p.milliseconds ?? e.timestampMilliseconds ?? 0)
                if p.preinitialised || gap > DatasetBuilder.preinitialisedGapMilliseconds { nextStartPreinitialised = true }
                startedInit = (p.milliseconds, e.timestampMilliseconds, p.provisioned)
            }
            pendingInit = nil
        case .failureMarker:
            // After its REPORT (a paste) it names the invocation just reported; before, the next one.
            if lastWasReport { nextIsSuppressedInit = true } else { failureLinePending = true }
            failureMilliseconds = e.timestampMilliseconds ?? failureMilliseconds
        case .end, .restoreReport:
            break
        case .appLog(let a):
            if a.requestId != nil || a.traceId != nil { walker.appLogsWithIds.append(a) } else { pendingLogs.append(a) }
        case .importTime(let line):
            if line.isHeader {
                if tree.map({ !$0.nodes.isEmpty }) == true { walker.unmatchedImportTrees += 1 }
                tree = ImportTree()
            } else {
                if tree == nil { tree = ImportTree() }
                tree!.nodes.append(line)
            }
        case .report(let r):
            memory = memory ?? r.memorySizeMegabytes
            // A failure resets the environment for the invocation that follows soon after; one that
            // comes much later ran in a new environment (or is an unrelated line of a pasted file).
            if nextIsSuppressedInit, let then = failureMilliseconds, let now = e.timestampMilliseconds,
                now - then > DatasetBuilder.failureHorizonMilliseconds
            {
                nextIsSuppressedInit = false
            }
            let category: StartCategory
            if let initDuration = r.initDurationMilliseconds {
                category = initCategory(initDurationMilliseconds: initDuration, gap: walker.proactiveGapMilliseconds)
            } else if startedInit?.provisioned == true {
                category = .provisioned
            } else if r.restoreDurationMilliseconds != nil {
                category = .restore
            } else if nextIsSuppressedInit {
                category = .suppressedInit
            } else if reportsSeen == 0 && sawInit && !nextStartPreinitialised {
                category = .suppressedInit
            } else {
                category = .warm
            }
            if context?.holds(
                logGroup: e.logGroup, logStream: e.logStream, runtimeVersion: runtimeVersion,
                functionNameFromData: functionName, functionVersion: functionVersion) != true
            {
                context = InvocationContext(
                    names: walker.names(
                        logGroup: e.logGroup, runtimeVersion: runtimeVersion, functionNameFromData: functionName,
                        functionVersion: functionVersion),
                    logStream: e.logStream)
            }
            var invocation = Invocation(
                report: r, category: category, completionMilliseconds: e.timestampMilliseconds, context: context!,
                location: e.location)
            for log in pendingLogs { invocation.explanation.add(log) }
            pendingLogs = []
            if let t = tree, !t.nodes.isEmpty, category == .cold || category == .suppressedInit || category.isPreinitialised {
                invocation.explanation.importTree = t
                tree = nil
            }
            walker.invocations.append(invocation)
            if category.isPreinitialised || (nextStartPreinitialised && category == .warm) { walker.preinitialised += 1 }
            reportsSeen += 1
            nextStartPreinitialised = false
            pendingInit = nil
            startedInit = nil
            nextIsSuppressedInit = failureLinePending || r.status == "timeout" || r.status == "error"
            failureMilliseconds = e.timestampMilliseconds
            failureLinePending = false
            lastWasReport = true
        }
    }

    /// How an invocation whose REPORT carries Init Duration started: `provisioned` after a provisioned
    /// concurrency init; `proactive` when that init ended more than `gap` ms before the request's START
    /// (START − (INIT_START + Init Duration) > gap); else `cold`, also when a time is missing.
    private func initCategory(initDurationMilliseconds: Double, gap: Int64) -> StartCategory {
        guard let started = startedInit else { return .cold }
        if started.provisioned { return .provisioned }
        guard let initStart = started.initMilliseconds, let start = started.startMilliseconds else { return .cold }
        return Double(start - initStart) - initDurationMilliseconds > Double(gap) ? .proactive : .cold
    }

    /// Ends the walk: counts what no invocation took and completes the failed inits.
    func finish(into walker: inout EnvironmentWalker) {
        walker.unmatchedAppLogs += pendingLogs.count
        if tree.map({ !$0.nodes.isEmpty }) == true { walker.unmatchedImportTrees += 1 }
        for i in failuresHere where walker.initFailures[i].memorySizeMegabytes == nil {
            walker.initFailures[i].memorySizeMegabytes = memory
            walker.initFailures[i].functionNameFromData = walker.initFailures[i].functionNameFromData ?? functionName
        }
    }
}
