/// Before/after empirical CDFs per group (before dashed, after solid, same colour), with the
/// shift of chosen percentiles (p50 and p95 by default) drawn as arrows and given in the legend.
public struct CompareChart: Chart {
    /// One group's two samples.
    public struct Series: Hashable, Sendable {
        /// Group value.
        public var group: String
        /// Values before (A, the baseline), in the x unit; non-finite values are ignored.
        public var before: [Double]
        /// Values after (B, now).
        public var after: [Double]

        /// Creates a series.
        public init(group: String, before: [Double], after: [Double]) {
            self.group = group
            self.before = before
            self.after = after
        }
    }

    /// Groups in legend order.
    public var series: [Series]
    /// Colour per group.
    public var colors: GroupColors
    /// Linear or log x axis.
    public var xScale: ScaleKind
    /// Probabilities whose shift is annotated.
    public var shiftProbabilities: [Double]
    /// Legend names of the two sides (`A`, `B`, or file names).
    public var beforeName: String
    public var afterName: String
    /// Chart title.
    public var title: String
    /// x axis title with unit.
    public var xTitle: String
    /// y axis title.
    public var yTitle: String

    /// Creates a comparison chart.
    public init(
        series: [Series], colors: GroupColors, xScale: ScaleKind = .linear, shiftProbabilities: [Double] = [0.5, 0.95],
        beforeName: String = "A (before)", afterName: String = "B (after)",
        title: String = "Cold Start Times Before and After", xTitle: String = "Initialization Duration (ms)",
        yTitle: String = "Fraction of cold starts ≤ x"
    ) {
        self.series = series
        self.colors = colors
        self.xScale = xScale
        self.shiftProbabilities = shiftProbabilities
        self.beforeName = beforeName
        self.afterName = afterName
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
    }
}
