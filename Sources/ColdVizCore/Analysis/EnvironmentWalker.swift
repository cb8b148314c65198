/// Walks the ordered events of one execution environment and classifies its invocations.
struct EnvironmentWalker {
    /// The default of ``IngestOptions/proactiveGapMilliseconds``: an on-demand request starts within
    /// milliseconds of its Init phase's end, so a second is far beyond any waiting request.
    static let defaultProactiveGapMilliseconds: Int64 = 1000
    /// See ``IngestOptions/proactiveGapMilliseconds``.
    var proactiveGapMilliseconds = Self.defaultProactiveGapMilliseconds
    var invocations: [Invocation] = []
    var initFailures: [InitFailure] = []
    var preinitialised = 0
    /// Application logs carrying ids, joined to invocations by id after every environment was walked.
    var appLogsWithIds: [AppLogRecord] = []
    /// Application logs and import trees no invocation of their environment took.
    var unmatchedAppLogs = 0
    var unmatchedImportTrees = 0
    /// The names the last new context was given: the environments walked here mostly share them.
    private var lastNames: InvocationNames?

    /// The shared names equal to these: the last ones made when equal, else new ones. O(length of the names).
    mutating func names(
        logGroup: String?, runtimeVersion: String?, functionNameFromData: String?, functionVersion: String? = nil
    ) -> InvocationNames {
        if let lastNames,
            lastNames.holds(
                logGroup: logGroup, runtimeVersion: runtimeVersion, functionNameFromData: functionNameFromData,
                functionVersion: functionVersion)
        {
            return lastNames
        }
        let names = InvocationNames(
            logGroup: logGroup, runtimeVersion: runtimeVersion, functionNameFromData: functionNameFromData,
            functionVersion: functionVersion)
        lastNames = names
        return names
    }

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
        Self.trim(&invocations)
        Self.trim(&appLogsWithIds)
        Self.trim(&initFailures)
    }

    /// `array` copied at its size when more than a quarter of its room is unused. O(n) when it copies.
    private static func trim<T>(_ array: inout [T]) {
        guard array.capacity - array.count > array.count / 4 else { return }
        array = array.withUnsafeBufferPointer { Array($0) }
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

    /// Appends what `other` walked after what this walker walked (arrays grow as usual). O(m) amortised.
    mutating func append(_ other: EnvironmentWalker) {
        invocations.append(contentsOf: other.invocations)
        initFailures.append(contentsOf: other.initFailures)
        preinitialised += other.preinitialised
        appLogsWithIds.append(contentsOf: other.appLogsWithIds)
        unmatchedAppLogs += other.unmatchedAppLogs
        unmatchedImportTrees += other.unmatchedImportTrees
    }

    /// Moves every application log whose request id an invocation walked here holds into the first such
    /// invocation's explanation, as the join over the whole input would when no other walker holds that
    /// request id (``StreamingBuilder`` checks that); keeps the others for that join. Logs are added in
    /// their order, so each explanation is the join's. O(n) in the invocations and logs.
    mutating func joinAppLogsToOwnInvocations() {
        guard !appLogsWithIds.isEmpty, !invocations.isEmpty else { return }
        var first: [LogId: Int32] = [:]
        for log in appLogsWithIds {
            if let r = log.requestId { first[r] = -1 }
        }
        for i in invocations.indices {
            if let slot = first.index(forKey: invocations[i].report.requestId), first.values[slot] < 0 {
                first.values[slot] = Int32(i)
            }
        }
        var rest: [AppLogRecord] = []
        for log in appLogsWithIds {
            if let r = log.requestId, let i = first[r], i >= 0 {
                invocations[Int(i)].explanation.add(log)
            } else {
                rest.append(log)
            }
        }
        appLogsWithIds = rest
    }

    /// Walks one environment's events in order (any collection, so callers need not copy them). O(n).
    mutating func walk<Events: Sequence<PlatformEvent>>(_ events: Events) {
        var state = EnvironmentWalk()
        for e in events { state.step(e, into: &self) }
        state.finish(into: &self)
    }

}
