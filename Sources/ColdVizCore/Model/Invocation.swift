/// How an invocation started (FORMATS.md §2.9).
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
public struct Invocation: Sendable {
    public var report: ReportFields
    public var category: StartCategory
    /// REPORT event time (epoch ms): when the invocation completed.
    public var completionMilliseconds: Int64?
    public var logGroup: String?
    public var logStream: String?
    /// Runtime version from the environment's INIT_START (`python:3.12.v23`).
    public var runtimeVersion: String?
    /// The function name the data gives (log group, stream, JSON initStart), before file-name hints.
    public var functionNameFromData: String?
    public var location: SourceLocation
    public var explanation = Explanation()
    public var source: InvocationSource = .report
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
