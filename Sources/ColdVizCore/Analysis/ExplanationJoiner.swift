/// How well the explaining sources matched the invocations (reported by `analyze`).
public struct JoinCoverage: Sendable, Equatable {
    /// Invocations from a REPORT that have an X-Ray trace.
    public var invocationsWithTrace = 0
    /// Traces with no log record: each still yields an invocation (source `trace`).
    public var tracesWithoutLog = 0
    /// Cold starts with module timings (a `timings` object, `module_load_*` metrics or an import tree).
    public var coldStartsWithImportTimings = 0
    public var appLogsMatched = 0
    /// Application logs and import trees that matched no invocation.
    public var appLogsUnmatched = 0
    public var importTreesUnmatched = 0
    /// Invocations whose application logs say cold while the REPORT says warm, or the reverse.
    public var coldStartDisagreements = 0
}

/// Joins traces and application logs to invocations: by request id, then by X-Ray trace id; a trace
/// that matches nothing becomes an invocation of its own. O(n).
struct ExplanationJoiner {
    private(set) var coverage = JoinCoverage()
    private(set) var duplicateTraceSegments = 0

    mutating func join(
        _ invocations: inout [Invocation], appLogs: [AppLogRecord], traces: [TraceRecord],
        unmatchedAppLogs: Int, unmatchedImportTrees: Int
    ) {
        var byRequest: [String: Int] = [:]
        var byTrace: [String: Int] = [:]
        for (i, inv) in invocations.enumerated() {
            if byRequest[inv.report.requestId] == nil { byRequest[inv.report.requestId] = i }
            if let t = inv.report.traceId, byTrace[t] == nil { byTrace[t] = i }
        }
        func find(_ requestId: String?, _ traceId: String?) -> Int? {
            if let r = requestId, let i = byRequest[r] { return i }
            if let t = traceId, let i = byTrace[t] { return i }
            return nil
        }
        coverage.appLogsUnmatched = unmatchedAppLogs
        coverage.importTreesUnmatched = unmatchedImportTrees
        for a in appLogs {
            if let i = find(a.requestId, a.traceId) {
                invocations[i].explanation.appLogs.append(a)
            } else {
                coverage.appLogsUnmatched += 1
            }
        }
        var seen = Set<String>()
        for t in traces {
            let key =
                "\(t.traceId ?? "")|\(t.requestId ?? "")|\(t.startSeconds.map { "\($0)" } ?? "\(t.location.fileIndex):\(t.location.line)")"
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
        for inv in invocations {
            if inv.source == .report && inv.explanation.trace != nil { coverage.invocationsWithTrace += 1 }
            if inv.source == .trace { coverage.tracesWithoutLog += 1 }
            let isCold = inv.category == .cold || inv.category == .suppressedInit
            if isCold && !inv.explanation.moduleTimesMicroseconds.isEmpty { coverage.coldStartsWithImportTimings += 1 }
            coverage.appLogsMatched += inv.explanation.appLogs.count
            if let says = inv.explanation.appSaysCold, inv.source == .report, says != isCold, inv.category != .restore {
                coverage.coldStartDisagreements += 1
            }
        }
    }

    /// An invocation known only from its trace: Initialization gives the init duration.
    static func invocation(from t: TraceRecord) -> Invocation {
        var r = ReportFields(requestId: t.requestId ?? "trace:\(t.traceId ?? "unknown")")
        r.durationMilliseconds = t.invocationMilliseconds
        r.initDurationMilliseconds = t.initializationMilliseconds
        r.restoreDurationMilliseconds = t.restoreMilliseconds
        r.memorySizeMegabytes = t.memorySizeMegabytes
        r.traceId = t.traceId
        let category: StartCategory =
            t.initializationMilliseconds != nil ? .cold : (t.restoreMilliseconds != nil ? .restore : .warm)
        var inv = Invocation(
            report: r, category: category, completionMilliseconds: t.endSeconds.map { Int64(($0 * 1000).rounded(.down)) },
            logGroup: nil, logStream: nil, runtimeVersion: nil, functionNameFromData: t.functionName,
            location: t.location)
        inv.explanation.trace = t
        inv.source = .trace
        return inv
    }
}
