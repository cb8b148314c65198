/// How an invocation started (docs/FORMATS.md §2.9).
public enum StartCategory: String, Sendable, Codable, CaseIterable {
    /// The REPORT carries Init Duration: the request waited for an on-demand Init phase.
    case cold
    /// Init ran inside the invocation after a failed init, timeout or crash (no Init Duration; the
    /// init time is hidden in Duration).
    case suppressedInit
    /// A SnapStart restore (Restore Duration).
    case restore
    /// The environment was already initialised.
    case warm
}

/// One invocation: a REPORT with the context of its execution environment.
///
/// Millions are kept at once: the optional time and the location are stored narrowly, as in
/// ``PlatformEvent``, and the names its environment gives every invocation are shared (160 bytes an
/// invocation, not 264).
public struct Invocation: Sendable {
    public var report: ReportFields
    public var category: StartCategory
    public var source: InvocationSource = .report
    /// Declared after the one-byte fields, which leave it room before the next 8-byte boundary.
    private var fileIndex: Int32
    private var completion: NarrowOptionalInt
    private var context: InvocationContext
    private var line: Int
    public var explanation = Explanation()

    /// The log group the data names.
    public var logGroup: String? { context.logGroup }
    /// The log stream (execution environment) the data names.
    public var logStream: String? { context.logStream }
    /// Runtime version from the environment's INIT_START (`python:3.12.v23`).
    public var runtimeVersion: String? { context.runtimeVersion }
    /// The function name the data gives (log group, stream, JSON initStart), before file-name hints.
    public var functionNameFromData: String? { context.functionNameFromData }

    /// REPORT event time (epoch ms): when the invocation completed.
    public var completionMilliseconds: Int64? {
        get { completion.value }
        set { completion = NarrowOptionalInt(newValue) }
    }

    public var location: SourceLocation {
        get { SourceLocation(fileIndex: Int(fileIndex), line: line) }
        set {
            fileIndex = Int32(newValue.fileIndex)
            line = newValue.line
        }
    }

    /// An invocation of `report`, started as `category`, with its environment's context.
    init(
        report: ReportFields, category: StartCategory, completionMilliseconds: Int64?, logGroup: String?,
        logStream: String?, runtimeVersion: String?, functionNameFromData: String?, location: SourceLocation
    ) {
        self.init(
            report: report, category: category, completionMilliseconds: completionMilliseconds,
            context: InvocationContext(
                logGroup: logGroup, logStream: logStream, runtimeVersion: runtimeVersion,
                functionNameFromData: functionNameFromData),
            location: location)
    }

    /// An invocation of `report`, started as `category`, in `context` (shared with others).
    init(
        report: ReportFields, category: StartCategory, completionMilliseconds: Int64?, context: InvocationContext,
        location: SourceLocation
    ) {
        self.report = report
        self.category = category
        fileIndex = Int32(location.fileIndex)
        completion = NarrowOptionalInt(completionMilliseconds)
        self.context = context
        line = location.line
    }
}

/// The names an execution environment gives each of its invocations, shared by them. Immutable.
final class InvocationContext: Sendable {
    let logGroup: String?
    let logStream: String?
    let runtimeVersion: String?
    let functionNameFromData: String?

    init(logGroup: String?, logStream: String?, runtimeVersion: String?, functionNameFromData: String?) {
        self.logGroup = logGroup
        self.logStream = logStream
        self.runtimeVersion = runtimeVersion
        self.functionNameFromData = functionNameFromData
    }

    /// Whether this context holds exactly these names.
    func holds(logGroup: String?, logStream: String?, runtimeVersion: String?, functionNameFromData: String?) -> Bool {
        self.logGroup == logGroup && self.logStream == logStream && self.runtimeVersion == runtimeVersion
            && self.functionNameFromData == functionNameFromData
    }
}

/// An Init phase that failed (INIT_REPORT with status error or timeout).
public struct InitFailure: Sendable {
    public var fields: InitReportFields
    public var timestampMilliseconds: Int64?
    public var logGroup: String?
    public var logStream: String?
    public var runtimeVersion: String?
    public var memorySizeMegabytes: Int?
    public var functionNameFromData: String?
    public var location: SourceLocation
}
