/// The fields of a Lambda `REPORT` line (or its JSON-format twin `platform.report`).
///
/// Each is kept twice, in an event and in its invocation, for millions of invocations: the optional
/// numbers are stored in 8 bytes each (136 bytes in all, not 192).
public struct ReportFields: Sendable, Equatable {
    /// `RequestId:` (JSON `requestId`); `trace:<trace id>` for an invocation known only from a trace without one.
    public var requestId: LogId
    /// `XRAY TraceId:` (JSON: the `Root=` of `tracing.value`); nil when the invocation was not traced.
    public var traceId: LogId?
    private(set) var duration = NarrowOptionalDouble(nil)
    private(set) var billedDuration = NarrowOptionalDouble(nil)
    private(set) var initDuration = NarrowOptionalDouble(nil)
    private var memorySize = NarrowOptionalInt(nil)
    private var maxMemoryUsed = NarrowOptionalInt(nil)
    /// Status, error type and SnapStart restore times, which most REPORTs lack: one reference, not 48 bytes.
    private(set) var rare: RareReportFields?

    /// `timeout`, `error` (newer logs), or nil for success.
    public var status: String? {
        get { rare?.status }
        set { RareReportFields.update(&rare) { $0.status = newValue } }
    }
    /// `Error Type:` (JSON `errorType`) of a failed invocation, newer logs only; nil when absent.
    public var errorType: String? {
        get { rare?.errorType }
        set { RareReportFields.update(&rare) { $0.errorType = newValue } }
    }
    /// `Duration:` (ms): the handler's time, which for a suppressed init includes the init; nil when absent.
    public var durationMilliseconds: Double? {
        get { duration.value }
        set { duration = NarrowOptionalDouble(newValue) }
    }
    /// `Billed Duration:` (ms), nil when absent; never used to infer init time (docs/FORMATS.md §2.3.3).
    public var billedDurationMilliseconds: Double? {
        get { billedDuration.value }
        set { billedDuration = NarrowOptionalDouble(newValue) }
    }
    /// `Memory Size:`: the configured memory (MB, whole), the `memory` dimension; nil when absent.
    public var memorySizeMegabytes: Int? {
        get { memorySize.value.map { Int($0) } }
        set { memorySize = NarrowOptionalInt(newValue.map { Int64($0) }) }
    }
    /// `Max Memory Used:`: the invocation's peak memory (MB, whole); nil when absent.
    public var maxMemoryUsedMegabytes: Int? {
        get { maxMemoryUsed.value.map { Int($0) } }
        set { maxMemoryUsed = NarrowOptionalInt(newValue.map { Int64($0) }) }
    }
    /// Present only when the invocation waited for an on-demand Init phase.
    public var initDurationMilliseconds: Double? {
        get { initDuration.value }
        set { initDuration = NarrowOptionalDouble(newValue) }
    }
    /// `Restore Duration:` (ms): present only after a SnapStart restore.
    public var restoreDurationMilliseconds: Double? {
        get { rare?.restoreDuration }
        set { RareReportFields.update(&rare) { $0.restoreDuration = newValue } }
    }
    /// `Billed Restore Duration:` (ms): present only after a SnapStart restore.
    public var billedRestoreDurationMilliseconds: Double? {
        get { rare?.billedRestoreDuration }
        set { RareReportFields.update(&rare) { $0.billedRestoreDuration = newValue } }
    }

    /// Creates a report with only a request id.
    public init(requestId: LogId) { self.requestId = requestId }

    /// The fields made of these parts (as ``Invocation`` stores them).
    init(
        requestId: LogId, traceId: LogId?, duration: NarrowOptionalDouble, billedDuration: NarrowOptionalDouble,
        initDuration: NarrowOptionalDouble, memorySizeMegabytes: Int?, maxMemoryUsedMegabytes: Int?,
        rare: RareReportFields?
    ) {
        self.requestId = requestId
        self.traceId = traceId
        self.duration = duration
        self.billedDuration = billedDuration
        self.initDuration = initDuration
        self.memorySizeMegabytes = memorySizeMegabytes
        self.maxMemoryUsedMegabytes = maxMemoryUsedMegabytes
        self.rare = rare
    }

    /// Field by field, as the optionals compare (a NaN equals nothing).
    public static func == (a: ReportFields, b: ReportFields) -> Bool {
        a.requestId == b.requestId && a.traceId == b.traceId && a.durationMilliseconds == b.durationMilliseconds
            && a.billedDurationMilliseconds == b.billedDurationMilliseconds
            && a.memorySizeMegabytes == b.memorySizeMegabytes && a.maxMemoryUsedMegabytes == b.maxMemoryUsedMegabytes
            && a.initDurationMilliseconds == b.initDurationMilliseconds
            && a.restoreDurationMilliseconds == b.restoreDurationMilliseconds
            && a.billedRestoreDurationMilliseconds == b.billedRestoreDurationMilliseconds && a.status == b.status
            && a.errorType == b.errorType
    }
}

/// The fields of a REPORT that most lack, stored out of line. Immutable: a change makes a new one, so
/// copies of a ``ReportFields`` never share a change.
final class RareReportFields: Sendable {
    struct Values {
        var status: String?
        var errorType: String?
        var restoreDuration: Double?
        var billedRestoreDuration: Double?
        var isEmpty: Bool { status == nil && errorType == nil && restoreDuration == nil && billedRestoreDuration == nil }
    }
    let values: Values
    var status: String? { values.status }
    var errorType: String? { values.errorType }
    var restoreDuration: Double? { values.restoreDuration }
    var billedRestoreDuration: Double? { values.billedRestoreDuration }

    private init(_ values: Values) { self.values = values }

    /// Applies `change` to the values of `fields` (none when nil), storing nil when none is left. O(1).
    static func update(_ fields: inout RareReportFields?, _ change: (inout Values) -> Void) {
        var values = fields?.values ?? Values()
        change(&values)
        fields = values.isEmpty ? nil : RareReportFields(values)
    }
}

/// The fields of `INIT_START` / `RESTORE_START` (or `platform.initStart` / `platform.restoreStart`).
public struct InitStartFields: Sendable, Equatable {
    /// Opaque runtime version token such as `python:3.12.v23`.
    public var runtimeVersion: String?
    /// `Runtime Version ARN:` (JSON `runtimeVersionArn`); kept, not used by the analysis.
    public var runtimeVersionArn: String?
    /// Only the JSON log format carries the function name here.
    public var functionName: String?
    /// The function version the environment runs (`$LATEST`, `3`; JSON log format only).
    public var functionVersion: String?
    /// `on-demand`, `provisioned-concurrency`, `snap-start`, ... (JSON log format only).
    public var initializationType: String?
    /// The phase it starts, `init` or `invoke` (JSON log format only).
    public var phase: String?

    /// Creates empty fields.
    public init() {}
}

/// The fields of `INIT_REPORT` (or `platform.initReport`).
public struct InitReportFields: Sendable, Equatable {
    /// `Init Duration:` (JSON `metrics.durationMs`): the attempt's time (ms); nil when absent or not a number.
    public var durationMilliseconds: Double?
    /// `init`, or `invoke` for an init retried inside the first invocation.
    public var phase: String?
    /// `success`, `error`, `timeout`, `failure`, or nil.
    public var status: String?
    /// `Error Type:` (JSON `errorType`) of a failed attempt; nil when absent.
    public var errorType: String?
    /// `on-demand`, `provisioned-concurrency`, `snap-start`, ... (JSON log format only).
    public var initializationType: String?

    /// Whether this init attempt failed (status error, failure or timeout).
    public var isFailure: Bool {
        guard let status else { return false }
        return status == "error" || status == "timeout" || status == "failure"
    }

    /// Creates empty fields.
    public init() {}
}

/// One Lambda platform event understood by coldviz.
public enum PlatformRecord: Sendable, Equatable {
    indirect case report(ReportFields)
    case start(requestId: LogId)
    case end(requestId: LogId)
    indirect case initStart(InitStartFields)
    indirect case initReport(InitReportFields)
    indirect case restoreStart(InitStartFields)
    case restoreReport(durationMilliseconds: Double?)
    /// A line saying the invocation failed before `Status:` existed (`Task timed out`, `Runtime exited`):
    /// the next invocation in the environment re-runs init.
    case failureMarker(requestId: LogId?)
    /// A structured application log about the invocation (Powertools, EMF, Lambda Insights).
    indirect case appLog(AppLogRecord)
    /// A line of `-X importtime` output.
    indirect case importTime(ImportTimeLine)
}
