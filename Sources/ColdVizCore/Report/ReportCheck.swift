/// The `check` verdicts of a report made with a baseline.
public struct ReportCheck: Sendable {
    /// The baseline file as the user named it.
    public var baselinePath: String
    /// The comparison `coldviz check` prints.
    public var report: ComparisonReport
    /// Whether insufficient groups fail (as `check --fail-on-insufficient`).
    public var failOnInsufficient: Bool
    /// The compare chart (ECDF before and after), when it could be drawn.
    public var chart: ReportChart?
    /// Why the compare chart is missing, when it is.
    public var chartNote: String?

    /// Creates the check part of a report.
    public init(
        baselinePath: String, report: ComparisonReport, failOnInsufficient: Bool = false, chart: ReportChart? = nil,
        chartNote: String? = nil
    ) {
        self.baselinePath = baselinePath
        self.report = report
        self.failOnInsufficient = failOnInsufficient
        self.chart = chart
        self.chartNote = chartNote
    }
}
