/// Box plots per group (Tukey: whiskers at 1.5 IQR, outliers as points), optionally split by a
/// second dimension drawn side by side within each group.
public struct BoxChart: Chart {
    /// The values of one box.
    public struct Series: Hashable, Sendable {
        /// Group value along the x axis, e.g. "zip".
        public var group: String
        /// Optional second dimension, e.g. memory "1769"; boxes of one group sit side by side.
        public var subgroup: String?
        /// Values (init durations in ms); non-finite values are ignored.
        public var values: [Double]

        /// Creates a series.
        public init(group: String, subgroup: String? = nil, values: [Double]) {
            self.group = group
            self.subgroup = subgroup
            self.values = values
        }
    }

    /// Boxes; groups and subgroups appear in order of first appearance.
    public var series: [Series]
    /// Colours of groups (or of subgroups when split).
    public var colors: GroupColors
    /// Linear or log value axis.
    public var yScale: ScaleKind
    /// Chart title.
    public var title: String
    /// x axis title.
    public var xTitle: String
    /// y axis title with unit.
    public var yTitle: String
    /// Legend title for the subgroups.
    public var subgroupTitle: String

    /// Creates a box chart.
    public init(
        series: [Series], colors: GroupColors, yScale: ScaleKind = .linear,
        title: String = "Init Duration by Packaging Method", xTitle: String = "Packaging method",
        yTitle: String = "Init Duration (ms)", subgroupTitle: String = "Memory (MB)"
    ) {
        self.series = series
        self.colors = colors
        self.yScale = yScale
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.subgroupTitle = subgroupTitle
    }
}
