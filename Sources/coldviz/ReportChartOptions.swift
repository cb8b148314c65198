import ColdVizCore
import ColdVizPlot
import ColdVizStats

/// The chart settings of `coldviz report`: flags, then the project file's `[plot]`, then plot's defaults.
struct ReportChartOptions {
    var bins: BinRule = .auto
    var binsText = "numpy's auto rule"
    var logX = false
    var burstGapMilliseconds: Int64 = 60_000
    var binSeconds: Double?
    var heatmap: [Dimension] = [.method, .memory]
    var statistic: Statistic = .median
    var statText = "p50"
    var split: Dimension?
}
