/// Walks the ordered events of one execution environment and classifies its invocations.
struct EnvironmentWalker {
    private(set) var invocations: [Invocation] = []
    private(set) var initFailures: [InitFailure] = []
    private(set) var preinitialised = 0
    /// Application logs carrying ids, joined to invocations by id after every environment was walked.
    private(set) var appLogsWithIds: [AppLogRecord] = []
    /// Application logs and import trees no invocation of their environment took.
    private(set) var unmatchedAppLogs = 0
    private(set) var unmatchedImportTrees = 0

    /// The invocations walked so far, moved out of the walker (so the caller's array is not shared). O(1).
    mutating func takeInvocations() -> [Invocation] {
        defer { invocations = [] }
        return invocations
    }

    /// The application logs with a request or trace id, moved out (the walker keeps none).
    mutating func takeAppLogsWithIds() -> [AppLogRecord] {
        defer { appLogsWithIds = [] }
        return appLogsWithIds
    }

    /// Makes room for `count` invocations, so walking does not move them as the array grows (room never
    /// written is never touched, so a generous bound costs address space, not memory). O(1).
    mutating func reserveInvocations(_ count: Int) {
        invocations.reserveCapacity(count)
    }

    /// Gives back the room the arrays were given or grew but did not fill, when that is more than a
    /// quarter (the walkers of many small units are kept until the end). O(invocations) when it copies.
    mutating func trimCapacity() {
        if invocations.capacity - invocations.count > invocations.count / 4 {
            invocations = invocations.withUnsafeBufferPointer { Array($0) }
        }
        if appLogsWithIds.capacity - appLogsWithIds.count > appLogsWithIds.count / 4 {
            appLogsWithIds = appLogsWithIds.withUnsafeBufferPointer { Array($0) }
        }
        if initFailures.capacity - initFailures.count > initFailures.count / 4 {
            initFailures = initFailures.withUnsafeBufferPointer { Array($0) }
        }
    }

    /// Appends what `others` walked, in order, after what this walker walked (for environments walked in
    /// parallel), emptying each once appended: only one walker's invocations are held twice at a time.
    /// The invocations are stored once, at their final size. O(m).
    mutating func append(contentsOf others: inout [EnvironmentWalker]) {
        invocations.reserveCapacity(others.reduce(invocations.count) { $0 + $1.invocations.count })
        for k in others.indices {
            append(others[k])
            others[k] = EnvironmentWalker()
        }
    }

    private mutating func append(_ other: EnvironmentWalker) {
        invocations.append(contentsOf: other.invocations)
        initFailures.append(contentsOf: other.initFailures)
        preinitialised += other.preinitialised
        appLogsWithIds.append(contentsOf: other.appLogsWithIds)
        unmatchedAppLogs += other.unmatchedAppLogs
        unmatchedImportTrees += other.unmatchedImportTrees
    }

    /// Walks one environment's events in order (any collection, so callers need not copy them). O(n).
    mutating func walk<Events: Sequence<PlatformEvent>>(_ events: Events) {
        var runtimeVersion: String?
        var functionName: String?
        var pendingInit: (milliseconds: Int64?, preinitialised: Bool)?
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

        for e in events {
            if functionName == nil, asked.map({ $0.group != e.logGroup || $0.stream != e.logStream }) ?? true {
                functionName = DatasetBuilder.functionName(group: e.logGroup, stream: e.logStream)
                asked = (e.logGroup, e.logStream)
            }
            switch e.record {
            case .initStart(let f), .restoreStart(let f):
                if let v = f.runtimeVersion { runtimeVersion = v }
                if let n = f.functionName { functionName = functionName ?? n }
                let type = f.initializationType
                pendingInit = (e.timestampMilliseconds, type != nil && type != "on-demand" && type != "snap-start")
                if case .initStart = e.record { sawInit = true }
            case .initReport(let f):
                if f.isFailure {
                    failuresHere.append(initFailures.count)
                    initFailures.append(
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
                if let p = pendingInit {
                    let gap = (e.timestampMilliseconds ?? 0) - (p.milliseconds ?? e.timestampMilliseconds ?? 0)
                    if p.preinitialised || gap > DatasetBuilder.preinitialisedGapMilliseconds {
                        preinitialised += 1
                        nextStartPreinitialised = true
                    }
                }
                pendingInit = nil
            case .failureMarker:
                // After its REPORT (a paste) it names the invocation just reported; before, the next one.
                if lastWasReport { nextIsSuppressedInit = true } else { failureLinePending = true }
                failureMilliseconds = e.timestampMilliseconds ?? failureMilliseconds
            case .end, .restoreReport:
                break
            case .appLog(let a):
                if a.requestId != nil || a.traceId != nil { appLogsWithIds.append(a) } else { pendingLogs.append(a) }
            case .importTime(let line):
                if line.isHeader {
                    if tree.map({ !$0.nodes.isEmpty }) == true { unmatchedImportTrees += 1 }
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
                if r.initDurationMilliseconds != nil {
                    category = .cold
                } else if r.restoreDurationMilliseconds != nil {
                    category = .restore
                } else if nextIsSuppressedInit {
                    category = .suppressedInit
                } else if reportsSeen == 0 && sawInit && !nextStartPreinitialised {
                    category = .suppressedInit
                } else {
                    category = .warm
                }
                var invocation = Invocation(
                    report: r, category: category, completionMilliseconds: e.timestampMilliseconds,
                    logGroup: e.logGroup, logStream: e.logStream, runtimeVersion: runtimeVersion,
                    functionNameFromData: functionName, location: e.location)
                invocation.explanation.appLogs = pendingLogs
                pendingLogs = []
                if let t = tree, !t.nodes.isEmpty, category == .cold || category == .suppressedInit {
                    invocation.explanation.importTree = t
                    tree = nil
                }
                invocations.append(invocation)
                reportsSeen += 1
                nextStartPreinitialised = false
                pendingInit = nil
                nextIsSuppressedInit = failureLinePending || r.status == "timeout" || r.status == "error"
                failureMilliseconds = e.timestampMilliseconds
                failureLinePending = false
                lastWasReport = true
            }
        }
        unmatchedAppLogs += pendingLogs.count
        if tree.map({ !$0.nodes.isEmpty }) == true { unmatchedImportTrees += 1 }
        for i in failuresHere where initFailures[i].memorySizeMegabytes == nil {
            initFailures[i].memorySizeMegabytes = memory
            initFailures[i].functionNameFromData = initFailures[i].functionNameFromData ?? functionName
        }
    }
}
