import ColdVizCairo
import ColdVizCharts
import ColdVizCore
import ColdVizPlot
import ColdVizStats
import Foundation

/// The charts of `coldviz report`: the scenes `plot` draws, each rendered as SVG in the light and
/// the dark theme, with a caption that says what it shows and the n behind it.
struct ReportCharts {
    let light: ChartAssembly
    let dark: ChartAssembly
    let data: LabeledDataset
    let by: [Dimension]
    let options: ChartSettings
    /// The gap that ends a burst, for the timelines.
    let burstGapMilliseconds: Int64

    init(data: LabeledDataset, by: [Dimension], options: ChartSettings, burstGapMilliseconds: Int64) {
        self.data = data
        self.by = by
        self.options = options
        self.burstGapMilliseconds = burstGapMilliseconds
        light = ChartAssembly(data: data, by: by, dark: false)
        dark = ChartAssembly(data: data, by: by, dark: true)
    }

    private var byText: String { by.map(\.rawValue).joined(separator: ", ") }

    /// Every chart kind the data supports, and the kinds left out with the reason.
    func build() throws(ColdVizCairoError) -> (charts: [ReportChart], skipped: [String]) {
        var charts: [ReportChart] = []
        var skipped: [String] = []
        let cold = data.groups(by: by)
        let coldCounts = cold.map { ($0.name, $0.indices.count) }
        let n = cold.reduce(0) { $0 + $1.indices.count }
        charts.append(
            try chart(
                "distribution", ChartFileName.of(.distribution, by: by),
                { $0.distribution(bins: options.bins, logX: options.logX) }
            ) {
                "Overlaid histograms of Init Duration per \(byText), on shared bins (\(options.bins.description)). \(Self.nText(n, "cold start", coldCounts))"
            })
        let timelines = light.timelines(gapMilliseconds: burstGapMilliseconds, binSeconds: options.bin.seconds)
        let darkTimelines = dark.timelines(gapMilliseconds: burstGapMilliseconds, binSeconds: options.bin.seconds)
        if timelines.isEmpty { skipped.append("timeline: no cold start has a timestamp") }
        for (k, (l, d)) in zip(timelines, darkTimelines).enumerated() {
            let counts = l.series.map { ($0.group, $0.completionSeconds.count) }
            let total = counts.reduce(0) { $0 + $1.1 }
            charts.append(
                try render(
                    "timeline", ChartFileName.timeline(by: by, burst: k + 1), l, d,
                    caption:
                        "Burst \(k + 1) of \(timelines.count): Init Duration of each cold start against its completion time, "
                        + "the P95 per \(Self.secondsText(l.binSeconds)) bin as a line, and cold starts per bin on the right axis. "
                        + Self.nText(total, "cold start", counts)))
        }
        let invocations = data.groups(by: by, category: nil).reduce(0) { $0 + $1.indices.count }
        charts.append(
            try chart("percentiles", ChartFileName.of(.percentiles, by: by), { $0.percentiles() }) {
                "p99, max, mean and min of Init Duration per \(byText); under each label its cold starts / invocations. "
                    + "n = \(Self.grouped(n)) cold starts of \(Self.grouped(invocations)) invocations."
            })
        let rows = options.heatmap.rows, columns = options.heatmap.columns
        charts.append(
            try chart(
                "heatmap", ChartFileName.heatmap(options.statistic, rows: rows, columns: columns),
                { $0.heatmap(rows: rows, columns: columns, statistic: options.statistic) }
            ) {
                "\(options.statistic.name) of Init Duration per \(rows.rawValue) (rows) and \(columns.rawValue) (columns); each cell shows its n. "
                    + "n = \(Self.grouped(n)) cold starts."
            })
        charts.append(
            try chart("ecdf", ChartFileName.of(.ecdf, by: by), { $0.ecdf(logX: options.logX) }) {
                "Share of cold starts whose Init Duration is at or below each value, per \(byText). \(Self.nText(n, "cold start", coldCounts))"
            })
        charts.append(
            try chart("box", ChartFileName.box(by: by, split: options.split), { $0.box(split: options.split) }) {
                "Init Duration per \(byText)\(options.split.map { ", split by \($0.rawValue)" } ?? ""): median, quartiles, whiskers at "
                    + "the furthest value within 1.5 IQR, and outliers beyond. \(Self.nText(n, "cold start", coldCounts))"
            })
        try explaining(&charts, &skipped)
        return (charts, skipped)
    }

    /// The X-Ray phase, import and import-tree charts, when traces or import timings exist.
    private func explaining(_ charts: inout [ReportChart], _ skipped: inout [String]) throws(ColdVizCairoError) {
        if let l = light.phases(statistic: options.phasesStatistic),
            let d = dark.phases(statistic: options.phasesStatistic)
        {
            let counts = l.groups.map { ($0.name, $0.sampleCount) }
            charts.append(
                try render(
                    "phases", ChartFileName.of(.phases, by: by), l, d,
                    caption:
                        "X-Ray Initialization, Invocation and Overhead \(l.statisticName) of cold starts per \(byText), stacked. "
                        + Self.nText(counts.reduce(0) { $0 + $1.1 }, "traced cold start", counts)))
        } else {
            skipped.append("phases: no invocation has an X-Ray trace")
        }
        let counts = data.groups(by: by).compactMap { g in
            ImportStatistics.of(data.dataset.invocations, at: g.indices).map { (g.name, $0.coldStartsWithTimings) }
        }
        if let l = light.imports(top: 10), let d = dark.imports(top: 10) {
            charts.append(
                try render(
                    "imports", ChartFileName.of(.imports, by: by), l, d,
                    caption: "p95 import time of the 10 costliest modules per \(byText); the other modules as “other”. "
                        + Self.nText(counts.reduce(0) { $0 + $1.1 }, "cold start", counts, with: " with module timings")))
        } else {
            skipped.append("imports: no cold start logged module timings or -X importtime")
        }
        let trees = light.importTrees(), darkTrees = dark.importTrees()
        if trees.isEmpty { skipped.append("importtree: no cold start logged -X importtime output") }
        for (l, d) in zip(trees, darkTrees) {
            charts.append(
                try render(
                    "importtree", ChartFileName.importTree(group: l.group), l.chart, d.chart,
                    caption:
                        "Icicle of the aggregated python -X importtime tree of \(l.group): each module's width is its median "
                        + "cumulative import time, nested under the module that imported it. "
                        + Self.nText(counts.first { $0.0 == l.group }?.1 ?? 0, "cold start", [], with: " with import timings")))
        }
    }

    /// ECDF before (`before`, grouped like these charts) and after (this data), with the p50 and p95 shift.
    func compare(before: Baseline, beforeName: String) throws(ColdVizCairoError) -> ReportChart {
        let afterName = "after: this report's input"
        let beforeCount = before.groups.reduce(0) { $0 + $1.initDurationsMilliseconds.count }
        let afterCount = data.groups(by: by).reduce(0) { $0 + $1.indices.count }
        return try chart(
            "compare", ChartFileName.of(.compare, by: by),
            { $0.compare(before: before, beforeName: beforeName, afterName: afterName, logX: options.logX) }
        ) {
            "Share of cold starts at or below each Init Duration per \(byText): the baseline dashed, this input solid, with arrows "
                + "for the p50 and p95 shift. n = \(Self.grouped(beforeCount)) cold starts in the baseline, \(Self.grouped(afterCount)) now."
        }
    }

    /// Builds a chart spec with each theme's colours and renders both.
    private func chart<C: Chart & TitledChart>(
        _ kind: String, _ name: String, _ make: (ChartAssembly) -> C, caption: () -> String
    ) throws(ColdVizCairoError) -> ReportChart {
        try render(kind, name, make(light), make(dark), caption: caption())
    }

    private func render<C: Chart & TitledChart>(_ kind: String, _ name: String, _ l: C, _ d: C, caption: String)
        throws(ColdVizCairoError) -> ReportChart
    {
        let lightSVG = try CairoRenderer.render(l, format: .svg, theme: .light)
        let darkSVG = try CairoRenderer.render(d, format: .svg, theme: .dark)
        return ReportChart(
            kind: kind, name: name, title: l.title, caption: caption,
            lightSVG: String(decoding: lightSVG, as: UTF8.self), darkSVG: String(decoding: darkSVG, as: UTF8.self))
    }

    /// `n = 360 cold starts (image 120, zip 120, zip_layers 120).`, at most 12 groups named.
    static func nText(_ total: Int, _ noun: String, _ groups: [(String, Int)], with qualifier: String = "") -> String {
        var text = "n = \(grouped(total)) \(noun)\(total == 1 ? "" : "s")\(qualifier)"
        guard groups.count > 1 else { return text + "." }
        text += " (" + groups.prefix(12).map { "\($0.0) \(grouped($0.1))" }.joined(separator: ", ")
        return text + (groups.count > 12 ? ", … \(groups.count - 12) more groups)." : ").")
    }

    static func grouped(_ n: Int) -> String { NumberLabels.label(Double(n), decimals: 0) }

    /// `1 s`, `2.5 s`.
    static func secondsText(_ s: Double) -> String { s == s.rounded() ? "\(Int(s)) s" : "\(s) s" }
}
