import Foundation

/// How well the explaining sources matched the invocations (reported by `analyze`).
public struct JoinCoverage: Sendable, Equatable {
    /// Invocations from a REPORT that have an X-Ray trace.
    public var invocationsWithTrace = 0
    /// Traces with no log record: each still yields an invocation (source `trace`).
    public var tracesWithoutLog = 0
    /// Cold starts with module timings (a `timings` object, `module_load_*` metrics or an import tree).
    public var coldStartsWithImportTimings = 0
    /// Application logs joined to an invocation: by request or trace id, or (without ids) to the next
    /// REPORT of their environment.
    public var appLogsMatched = 0
    /// Application logs and import trees that matched no invocation.
    public var appLogsUnmatched = 0
    /// Import trees (`-X importtime`) that no cold, suppressed-init or preinitialised invocation of
    /// their environment took.
    public var importTreesUnmatched = 0
    /// Invocations whose application logs say cold while the REPORT says warm, or the reverse.
    public var coldStartDisagreements = 0
}

/// Joins traces and application logs to invocations: by request id, then by X-Ray trace id; a trace
/// that matches nothing becomes an invocation of its own. O(n).
struct ExplanationJoiner {
    private(set) var coverage = JoinCoverage()
    private(set) var duplicateTraceSegments = 0
    /// Set when a log given to ``join`` brought module times to an invocation that already had some
    /// before the join (logs joined per unit by ``EnvironmentWalker/joinAppLogsToOwnInvocations()``):
    /// which came first in the input is not known here, so the explanation may not be the exact one.
    private(set) var moduleTimesOrderUnknown = false

    /// Joins `appLogs` (moved into the invocations they explain) and `traces` to `invocations`.
    mutating func join(
        _ invocations: inout [Invocation], appLogs: [AppLogRecord], traces: [TraceRecord],
        unmatchedAppLogs: Int, unmatchedImportTrees: Int
    ) {
        // Only the ids some app log or trace asks for are indexed (far fewer than the invocations), by
        // digest: request ids differ late, so string keys would be compared in full on every probe.
        var byRequest: [KeyDigest: Int] = [:]
        var byTrace: [KeyDigest: Int] = [:]
        let logIds = Self.idDigests(appLogs)
        for ids in logIds {
            if let r = ids.request { byRequest[r] = -1 }
            if let t = ids.trace { byTrace[t] = -1 }
        }
        for t in traces {
            if let r = t.requestId { byRequest[KeyDigest(r)] = -1 }
            if let id = t.traceId { byTrace[KeyDigest(id)] = -1 }
        }
        if !byRequest.isEmpty || !byTrace.isEmpty {
            // The first invocation holding each asked-for id takes it (matches found on all cores, in order).
            for match in Self.matches(invocations, requests: byRequest, traces: byTrace) {
                let i = Int(match.invocation)
                if let r = match.request, let slot = byRequest.index(forKey: r), byRequest.values[slot] < 0 {
                    byRequest.values[slot] = i
                }
                if let t = match.trace, let slot = byTrace.index(forKey: t), byTrace.values[slot] < 0 {
                    byTrace.values[slot] = i
                }
            }
        }
        func find(_ request: KeyDigest?, _ trace: KeyDigest?) -> Int? {
            if let r = request, let i = byRequest[r], i >= 0 { return i }
            if let t = trace, let i = byTrace[t], i >= 0 { return i }
            return nil
        }
        func find(_ requestId: LogId?, _ traceId: LogId?) -> Int? {
            find(requestId.map { KeyDigest($0) }, traceId.map { KeyDigest($0) })
        }
        coverage.appLogsUnmatched = unmatchedAppLogs
        coverage.importTreesUnmatched = unmatchedImportTrees
        var tookModuleTimesHere = Set<Int>()
        for j in appLogs.indices {
            if let i = find(logIds[j].request, logIds[j].trace) {
                if !appLogs[j].moduleTimingsMicroseconds.isEmpty && !tookModuleTimesHere.contains(i) {
                    if invocations[i].explanation.hasLoggedModuleTimes { moduleTimesOrderUnknown = true }
                    tookModuleTimesHere.insert(i)
                }
                invocations[i].explanation.add(appLogs[j])
            } else {
                coverage.appLogsUnmatched += 1
            }
        }
        var seen = Set<String>()
        for t in traces {
            // A function segment alone has no request id and no service start: its segment id names it; a
            // segment with neither (a damaged copy) is named by what it says, so another copy of it is one.
            let key =
                "\(t.traceId ?? "")|\(t.requestId ?? "")|\(t.startSeconds.map { "\($0)" } ?? t.segmentId.map { "#\($0)" } ?? Self.contentKey(t))"
            guard seen.insert(key).inserted else {
                duplicateTraceSegments += t.segmentEvents
                continue
            }
            if let i = find(t.requestId, t.traceId), invocations[i].explanation.trace == nil {
                invocations[i].explanation.trace = t
                continue
            }
            invocations.append(Self.invocation(from: t))
        }
        for i in invocations.indices {
            let (source, category) = (invocations[i].source, invocations[i].category)
            if source == .report && invocations[i].explanation.trace != nil { coverage.invocationsWithTrace += 1 }
            if source == .trace { coverage.tracesWithoutLog += 1 }
            let isCold = category == .cold || category == .suppressedInit
            // Most invocations explain nothing: their explanation is not copied.
            guard invocations[i].explanation.hasAppLogs || invocations[i].explanation.importTree != nil else { continue }
            let explanation = invocations[i].explanation
            if isCold && !explanation.moduleTimesMicroseconds.isEmpty { coverage.coldStartsWithImportTimings += 1 }
            coverage.appLogsMatched += Int(explanation.appLogCount)
            if let says = explanation.appSaysCold, source == .report, says != isCold, category != .restore {
                coverage.coldStartDisagreements += 1
            }
        }
    }

    /// The invocations whose request or trace id is among those asked for, in order, with the digests
    /// of the ids asked for (others nil). Computed on all cores; only matches are kept. O(n).
    private static func matches(
        _ invocations: [Invocation], requests: [KeyDigest: Int], traces: [KeyDigest: Int]
    ) -> [(invocation: Int32, request: KeyDigest?, trace: KeyDigest?)] {
        let chunkSize = 16_384
        let chunks = (invocations.count + chunkSize - 1) / chunkSize
        return concurrentMap(chunks) { c in
            var found: [(invocation: Int32, request: KeyDigest?, trace: KeyDigest?)] = []
            for i in (c * chunkSize)..<min(invocations.count, (c + 1) * chunkSize) {
                let request = KeyDigest(invocations[i].report.requestId)
                let trace = invocations[i].report.traceId.map { KeyDigest($0) }
                let r = requests[request] != nil ? request : nil
                let t = trace.flatMap { traces[$0] != nil ? $0 : nil }
                if r != nil || t != nil { found.append((Int32(i), r, t)) }
            }
            return found
        }.flatMap { $0 }
    }

    /// The digests of every application log's request id and trace id, computed on all cores. O(n).
    private static func idDigests(_ logs: [AppLogRecord]) -> [(request: KeyDigest?, trace: KeyDigest?)] {
        inParallel(logs.count) { i in (logs[i].requestId.map { KeyDigest($0) }, logs[i].traceId.map { KeyDigest($0) }) }
    }

    /// `digest(i)` for every `i` in `0..<count`, in chunks of 16,384 on all cores. O(count).
    private static func inParallel(
        _ count: Int, _ digest: @Sendable (Int) -> (request: KeyDigest?, trace: KeyDigest?)
    ) -> [(request: KeyDigest?, trace: KeyDigest?)] {
        let chunkSize = 16_384
        let chunks = (count + chunkSize - 1) / chunkSize
        return concurrentMap(chunks) { c in ((c * chunkSize)..<min(count, (c + 1) * chunkSize)).map(digest) }.flatMap { $0 }
    }

    /// What a trace record says, as text: the identity of a segment without an id or a start time.
    private static func contentKey(_ t: TraceRecord) -> String {
        let numbers = [
            t.endSeconds, t.initializationMilliseconds, t.invocationMilliseconds, t.overheadMilliseconds,
            t.restoreMilliseconds, t.memorySizeMegabytes.map(Double.init),
        ]
        return "~\(t.functionName ?? "")|" + numbers.map { $0.map { "\($0)" } ?? "-" }.joined(separator: "|")
    }

    /// An invocation known only from its trace: Initialization gives the init duration.
    static func invocation(from t: TraceRecord) -> Invocation {
        var r = ReportFields(requestId: t.requestId ?? LogId("trace:\(t.traceId?.description ?? "unknown")"))
        r.durationMilliseconds = t.invocationMilliseconds
        r.initDurationMilliseconds = t.initializationMilliseconds
        r.restoreDurationMilliseconds = t.restoreMilliseconds
        r.memorySizeMegabytes = t.memorySizeMegabytes
        r.traceId = t.traceId
        let category: StartCategory =
            t.initializationMilliseconds != nil ? .cold : (t.restoreMilliseconds != nil ? .restore : .warm)
        var inv = Invocation(
            report: r, category: category,
            completionMilliseconds: t.endSeconds.flatMap { Timestamp.milliseconds(($0 * 1000).rounded(.down)) },
            logGroup: nil, logStream: nil, runtimeVersion: nil, functionNameFromData: t.functionName,
            location: t.location)
        inv.explanation.trace = t
        inv.source = .trace
        return inv
    }
}
