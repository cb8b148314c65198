import ColdVizStats

/// One burst of cold starts over time (the study's `timings_N.png`): init duration against
/// completion time per group, the per-bin percentile as a line, and cold starts per bin on a
/// right-hand axis, dashed.
public struct TimelineChart: Chart {
    /// One group's cold starts; the two arrays are parallel.
    public struct Series: Hashable, Sendable {
        /// Group value, e.g. "image".
        public var group: String
        /// When each invocation completed, in seconds since 1970-01-01T00:00:00Z.
        public var completionSeconds: [Double]
        /// Init duration of each cold start in milliseconds.
        public var initDurationsMilliseconds: [Double]

        /// Creates a series; the arrays must have the same length.
        public init(group: String, completionSeconds: [Double], initDurationsMilliseconds: [Double]) {
            precondition(completionSeconds.count == initDurationsMilliseconds.count, "parallel arrays differ in length")
            self.group = group
            self.completionSeconds = completionSeconds
            self.initDurationsMilliseconds = initDurationsMilliseconds
        }
    }

    /// Groups in legend order.
    public var series: [Series]
    /// Colour per group, shared across the charts of a run.
    public var colors: GroupColors
    /// Width of the time bins in seconds (the study: 1).
    public var binSeconds: Double
    /// Percentile drawn per bin, as a probability (the study: 0.95, type 7).
    public var percentile: Double
    /// Scatter opacity (the study: 0.3).
    public var pointAlpha: Double
    /// Linear or log init-duration axis.
    public var yScale: ScaleKind
    /// Chart title.
    public var title: String
    /// x axis title; " (UTC, date)" is appended.
    public var xTitle: String
    /// Left y axis title with unit.
    public var yTitle: String
    /// Title of the legend naming the groups (the study: "Init durations by package method").
    public var legendTitle: String = "Init durations by package method"
    /// Times to mark with a labelled vertical line (deployments); the time axis widens to show them.
    public var markers: [Marker] = []

    /// A labelled vertical line at a time.
    public struct Marker: Hashable, Sendable {
        /// Seconds since 1970-01-01T00:00:00Z.
        public var seconds: Double
        public var label: String

        public init(seconds: Double, label: String) {
            self.seconds = seconds
            self.label = label
        }
    }

    /// Creates a timeline with the study's defaults.
    public init(
        series: [Series], colors: GroupColors, binSeconds: Double = 1, percentile: Double = 0.95, pointAlpha: Double = 0.3,
        yScale: ScaleKind = .linear, title: String = "Cold Starts over Time",
        xTitle: String = "Time that invocation completed", yTitle: String = "Init Duration (ms)"
    ) {
        self.series = series
        self.colors = colors
        self.binSeconds = binSeconds > 0 ? binSeconds : 1
        self.percentile = percentile
        self.pointAlpha = pointAlpha
        self.yScale = yScale
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
    }

    /// Label of the percentile: "P95".
    var percentileName: String {
        Statistic.percentileName(percentile).uppercased()
    }
}
