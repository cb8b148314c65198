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
/// ``PlatformEvent`` (248 bytes an invocation, not 320 with the narrower ``ReportFields``).
public struct Invocation: Sendable {
    public var report: ReportFields
    public var category: StartCategory
    public var source: InvocationSource = .report
    /// Declared after the one-byte fields, which leave it room before the next 8-byte boundary.
    private var fileIndex: Int32
    private var completion: NarrowOptionalInt
    public var logGroup: String?
    public var logStream: String?
    /// Runtime version from the environment's INIT_START (`python:3.12.v23`).
    public var runtimeVersion: String?
    /// The function name the data gives (log group, stream, JSON initStart), before file-name hints.
    public var functionNameFromData: String?
    private var line: Int
    public var explanation = Explanation()

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
        self.report = report
        self.category = category
        fileIndex = Int32(location.fileIndex)
        completion = NarrowOptionalInt(completionMilliseconds)
        self.logGroup = logGroup
        self.logStream = logStream
        self.runtimeVersion = runtimeVersion
        self.functionNameFromData = functionNameFromData
        line = location.line
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
