/// Everything one HTML report shows, computed before rendering; ``HTMLReport`` turns it into a page.
public struct ReportContent: Sendable {
    /// The statistics `analyze` prints, with the dataset they came from.
    public var analysis: Analysis
    /// The grouping of the charts (the tables use `analysis.groupBy`).
    public var chartGroupBy: [Dimension]
    /// The charts, in the order shown.
    public var charts: [ReportChart]
    /// Chart kinds left out and why (`phases: no invocation has an X-Ray trace`).
    public var skippedCharts: [String]
    /// The verdicts against a baseline, when one was given.
    public var check: ReportCheck?
    /// Version, command line and (optionally) the time the report was made.
    public var provenance: ReportProvenance

    /// Creates the content of a report.
    public init(
        analysis: Analysis, chartGroupBy: [Dimension], charts: [ReportChart], skippedCharts: [String] = [],
        check: ReportCheck? = nil, provenance: ReportProvenance
    ) {
        self.analysis = analysis
        self.chartGroupBy = chartGroupBy
        self.charts = charts
        self.skippedCharts = skippedCharts
        self.check = check
        self.provenance = provenance
    }
}

/// One chart of a report: the scene `plot` draws, as SVG, with a caption.
public struct ReportChart: Sendable {
    /// The chart kind (`distribution`, `timeline`, ...).
    public var kind: String
    /// Unique within the page; the figure's fragment id (`distribution-by-method`).
    public var name: String
    /// The chart's own title.
    public var title: String
    /// What the chart shows and the n behind it, one or two sentences.
    public var caption: String
    /// The chart drawn with the light theme, as Cairo's SVG document.
    public var lightSVG: String
    /// The same chart with the dark theme, shown when the reader prefers dark; nil: the light one always.
    public var darkSVG: String?

    /// Creates a chart entry.
    public init(kind: String, name: String, title: String, caption: String, lightSVG: String, darkSVG: String? = nil) {
        self.kind = kind
        self.name = name
        self.title = title
        self.caption = caption
        self.lightSVG = lightSVG
        self.darkSVG = darkSVG
    }
}

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

/// Where a report came from: enough to make it again.
public struct ReportProvenance: Sendable {
    /// The coldviz version that made it.
    public var version: String
    /// The command line, words shell-quoted (`coldviz report logs/ -o report.html`).
    public var commandLine: String
    /// When it was made (ISO 8601 UTC), only when asked for: without it the same input gives the same bytes.
    public var timestamp: String?

    /// Creates provenance.
    public init(version: String, commandLine: String, timestamp: String? = nil) {
        self.version = version
        self.commandLine = commandLine
        self.timestamp = timestamp
    }
}
