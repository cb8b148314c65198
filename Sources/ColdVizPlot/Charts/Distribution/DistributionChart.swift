import ColdVizStats

/// Overlaid translucent histograms, one per group, on shared bins (the study's figure 1).
public struct DistributionChart: Chart {
    /// One group's values.
    public struct Series: Hashable, Sendable {
        /// Group value, e.g. the packaging method "zip".
        public var group: String
        /// Values in the x unit (init durations in milliseconds); non-finite values are ignored.
        public var values: [Double]

        /// Creates a series.
        public init(group: String, values: [Double]) {
            self.group = group
            self.values = values
        }
    }

    /// Groups in drawing and legend order.
    public var series: [Series]
    /// Colour per group, shared across the charts of a run.
    public var colors: GroupColors
    /// Bin rule: numpy's `.auto` on the pooled values, or `.count(n)` equal-width bins over the
    /// pooled range (the study uses 30; a count below 1 is taken as 1). Bins are shared by all
    /// groups.
    public var bins: BinRule
    /// Linear or logarithmic x axis; on a log axis bins are equal in log space.
    public var xScale: ScaleKind
    /// Fill opacity of the bars.
    public var alpha: Double
    /// Chart title.
    public var title: String
    /// x axis title with its unit.
    public var xTitle: String
    /// y axis title.
    public var yTitle: String

    /// Creates a distribution chart with the study's titles.
    public init(
        series: [Series], colors: GroupColors, bins: BinRule = .auto, xScale: ScaleKind = .linear, alpha: Double = 0.5,
        title: String = "Distribution of Cold Start Times by Packaging Method",
        xTitle: String = "Initialization Duration (ms)", yTitle: String = "Frequency"
    ) {
        self.series = series
        self.colors = colors
        self.bins = bins
        self.xScale = xScale
        self.alpha = alpha
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
    }
}
