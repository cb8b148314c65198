/// Empirical cumulative distribution functions per group, with guide lines at chosen
/// probabilities (p50, p95, p99 by default).
public struct ECDFChart: Chart {
    /// One group's values.
    public struct Series: Hashable, Sendable {
        /// Group value.
        public var group: String
        /// Values in the x unit; non-finite values are ignored.
        public var values: [Double]

        /// Creates a series.
        public init(group: String, values: [Double]) {
            self.group = group
            self.values = values
        }
    }

    /// Groups in legend order.
    public var series: [Series]
    /// Colour per group.
    public var colors: GroupColors
    /// Linear or log x axis.
    public var xScale: ScaleKind
    /// Probabilities of the horizontal guide lines.
    public var guides: [Double]
    /// Chart title.
    public var title: String
    /// x axis title with unit.
    public var xTitle: String
    /// y axis title.
    public var yTitle: String

    /// Creates an ECDF chart.
    public init(
        series: [Series], colors: GroupColors, xScale: ScaleKind = .linear, guides: [Double] = [0.5, 0.95, 0.99],
        title: String = "Cumulative Distribution of Cold Start Times", xTitle: String = "Initialization Duration (ms)",
        yTitle: String = "Fraction of cold starts ≤ x"
    ) {
        self.series = series
        self.colors = colors
        self.xScale = xScale
        self.guides = guides
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
    }
}
