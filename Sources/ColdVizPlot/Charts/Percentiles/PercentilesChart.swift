/// Grouped bars of p99, max, mean and min init duration per group (the study's dashboard), with
/// values printed above the bars and invocation and cold-start counts under each group label.
public struct PercentilesChart: Chart {
    /// One group (usually one function).
    public struct Group: Hashable, Sendable {
        /// Group label, e.g. "perf_zip_Python39_1769".
        public var name: String
        /// Init durations of its cold starts in milliseconds.
        public var initDurationsMilliseconds: [Double]
        /// All invocations of the group, cold and warm.
        public var invocationCount: Int

        /// Creates a group.
        public init(name: String, initDurationsMilliseconds: [Double], invocationCount: Int) {
            self.name = name
            self.initDurationsMilliseconds = initDurationsMilliseconds
            self.invocationCount = invocationCount
        }
    }

    /// Groups in axis order.
    public var groups: [Group]
    /// Chart title.
    public var title: String
    /// y axis title with unit.
    public var yTitle: String
    /// x axis title.
    public var xTitle: String

    /// Creates the chart.
    public init(
        groups: [Group], title: String = "Cold Start Init Duration by Function",
        yTitle: String = "Init Duration (ms)", xTitle: String = "Function"
    ) {
        self.groups = groups
        self.title = title
        self.yTitle = yTitle
        self.xTitle = xTitle
    }

    /// The four statistics in bar order, with their colours (ColorBrewer Blues): on a light
    /// background max is darkest, on a dark background max is lightest, so it always stands out most.
    static func statistics(dark: Bool) -> [(name: String, color: Color)] {
        dark
            ? [
                ("p99", Color(hex: 0x6BAED6)), ("max", Color(hex: 0xDEEBF7)), ("mean", Color(hex: 0x3182BD)),
                ("min", Color(hex: 0x1F5A94)),
            ]
            : [
                ("p99", Color(hex: 0x2171B5)), ("max", Color(hex: 0x08306B)), ("mean", Color(hex: 0x6BAED6)),
                ("min", Color(hex: 0xC6DBEF)),
            ]
    }
}
