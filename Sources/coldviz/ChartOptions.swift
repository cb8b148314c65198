import ArgumentParser
import ColdVizCore
import ColdVizProject
import ColdVizStats

/// What the charts of `plot` and `report` are drawn with, resolved: the flag, then `[plot]` of
/// coldviz.toml, then the default.
struct ChartSettings {
    var bins: BinRule = .auto
    var logX = false
    var bin: TimeBin = .auto
    var statistic: Statistic = .median
    var heatmap = HeatmapAxes(rows: .method, columns: .memory)
    var split: Dimension?

    /// The statistic of the phases chart: p95 when asked for, else p50.
    var phasesStatistic: Statistic { statistic == .percentile(0.95) ? .percentile(0.95) : .median }
}

/// Chart flags shared by `plot` and `report`.
struct ChartOptions: ParsableArguments {
    @Option(
        help: "Histogram bins: auto (numpy's rule) or a whole number; the study used 30 (default: auto).",
        transform: BinRule.flag("--bins"))
    var bins: BinRule?

    @Flag(name: .customLong("log-x"), help: "Logarithmic duration axis for distribution and ecdf.")
    var logX = false

    @Option(
        help:
            "Time bin of the timeline's percentile line and counts, e.g. 1s or 10s, or auto: the smallest of 1s, 2s, 5s, 10s, ... giving at most 40 bins per burst (default: auto).",
        transform: TimeBin.flag("--bin"))
    var bin: TimeBin?

    @Option(
        help: "Heatmap statistic: mean, median or a percentile such as p50, p95, p99 (default: p50).",
        transform: Statistic.flag("--stat"))
    var stat: Statistic?

    @Option(help: "Heatmap rows and columns, two dimensions (default: method,memory).", transform: HeatmapAxes.flag("--heatmap"))
    var heatmap: HeatmapAxes?

    @Option(help: "Box plots: split each group by this dimension.", transform: Dimension.flag("--split"))
    var split: Dimension?

    /// The settings in force under `project` (nil: the flags and the defaults).
    func resolve(_ project: ProjectConfig?) throws -> ChartSettings {
        let p = project?.plot
        var s = ChartSettings()
        s.bins = try BinRule.resolve(bins, project: p?.bins, key: "plot.bins") ?? s.bins
        s.logX = logX || (p?.logX ?? false)
        s.bin = try TimeBin.resolve(bin, project: p?.bin, key: "plot.bin") ?? s.bin
        s.statistic = try Statistic.resolve(stat, project: p?.stat, key: "plot.stat") ?? s.statistic
        s.heatmap = try HeatmapAxes.resolve(heatmap, project: p?.heatmap, key: "plot.heatmap") ?? s.heatmap
        s.split = try Dimension.resolve(split, project: p?.split, key: "plot.split")
        return s
    }
}
