/// Everything one HTML report shows, computed before rendering; ``HTMLReport`` turns it into a page.
public struct ReportContent: Sendable {
    /// The statistics `analyze` prints, with the dataset they came from.
    public var analysis: Analysis
    /// The grouping of the charts (the tables use `analysis.groupBy`).
    public var chartGroupBy: [Dimension]
    /// The charts, in the order shown.
    public var charts: [ReportChart]
    /// Billed GB-seconds per group of `analysis` (empty: the data has no Billed Duration with Memory Size).
    public var billedCompute: [BilledCompute]
    /// Chart kinds left out and why (`phases: no invocation has an X-Ray trace`).
    public var skippedCharts: [String]
    /// The verdicts against a baseline, when one was given.
    public var check: ReportCheck?
    /// Version, command line and (optionally) the time the report was made.
    public var provenance: ReportProvenance

    /// Creates the content of a report.
    public init(
        analysis: Analysis, chartGroupBy: [Dimension], charts: [ReportChart], billedCompute: [BilledCompute] = [],
        skippedCharts: [String] = [],
        check: ReportCheck? = nil, provenance: ReportProvenance
    ) {
        self.analysis = analysis
        self.chartGroupBy = chartGroupBy
        self.charts = charts
        self.billedCompute = billedCompute
        self.skippedCharts = skippedCharts
        self.check = check
        self.provenance = provenance
    }
}
