import ArgumentParser
import ColdVizCairo
import ColdVizCharts
import ColdVizCore
import ColdVizPlot
import ColdVizProject
import ColdVizStats
import Foundation

extension ColdViz {
    struct Plot: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw cold-start charts (PNG, SVG, PDF) from Lambda log exports.",
            discussion: """
                Charts: distribution (overlaid histograms of Init Duration), timeline (one figure per \
                burst: Init Duration against completion time, the per-bin P95, and cold starts per bin), \
                percentiles (p99, max, mean, min per group), heatmap (a statistic over two dimensions), \
                ecdf (cumulative distribution), box (box plots, optionally split), compare (ECDF before \
                and after per group with the p50/p95 shift; needs --before, logs or a baseline file), \
                phases (X-Ray Initialization/Invocation/Overhead p50 per group, p95 with --stat p95), \
                imports (p95 import time of the costliest modules per group), importtree (icicle of the \
                aggregated -X importtime tree, one per group). `all` skips the last three without data. \
                Files are named after the chart and grouping (distribution-by-method.png, \
                timeline-by-method-burst-2.svg, ...) and written atomically; their paths are printed.

                Exit status: 0 charts written; 1 no cold start to draw or a chart could not be \
                written; 2 charts written but some input was unusable; 64 bad usage.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(
            name: .customLong("by"),
            help: "Dimensions to group by, comma-separated (default: method when the label pattern matches, else function).",
            transform: DimensionList.flag("--by"))
        var by: DimensionList?

        @Option(
            help:
                "Charts to draw, comma-separated, or all: \(ChartKind.allCases.map(\.rawValue).joined(separator: ", ")) (default: all).",
            transform: ChartSelection.flag("--chart"))
        var chart: ChartSelection?

        @Option(help: "File formats, comma-separated: png, svg, pdf (default: png).", transform: OutputFormats.flag("--format"))
        var format: OutputFormats?

        @Option(help: "Directory to write the charts into, created when missing (default: charts).")
        var out: String?

        @Option(help: "Width in pixels (default: 1280).") var width: Int?
        @Option(help: "Height in pixels (default: 720).") var height: Int?
        @Option(help: "Resolution in dots per inch; text scales with it (default: 150).") var dpi: Double?

        @Option(help: "Title for every chart (default: one per chart).")
        var title: String?

        @Option(help: "Theme: light or dark (default: light).", transform: ThemeName.flag("--theme"))
        var theme: ThemeName?

        @OptionGroup var chartOptions: ChartOptions

        @Option(help: "Compare chart: the data before (logs or a `coldviz baseline` file); the inputs are after.")
        var before: String?

        /// Flags, then the project file's `[plot]`, then the defaults.
        struct Settings {
            var selection = ChartSelection.all
            var formats = OutputFormats([.png])
            var out = "charts"
            var theme = ThemeName.light
            var width = 1280, height = 720
            var dpi = 150.0
            var title: String?
            var by: [Dimension]?
            var charts = ChartSettings()
        }

        /// The settings in force under `project` (nil: the flags and the defaults); throws on values
        /// no chart can be drawn with.
        func settings(_ project: ProjectConfig?) throws -> Settings {
            let p = project?.plot
            var s = Settings()
            s.selection =
                try ChartSelection.resolve(chart, project: p?.charts?.joined(separator: ","), key: "plot.charts") ?? s.selection
            s.formats =
                try OutputFormats.resolve(format, project: p?.formats?.joined(separator: ","), key: "plot.formats") ?? s.formats
            s.out = out ?? p?.out ?? s.out
            s.theme = try ThemeName.resolve(theme, project: p?.theme, key: "plot.theme") ?? s.theme
            s.width = width ?? p?.width ?? s.width
            s.height = height ?? p?.height ?? s.height
            s.dpi = dpi ?? p?.dpi ?? s.dpi
            s.title = title ?? p?.title
            s.by = by?.dimensions ?? p?.by
            s.charts = try chartOptions.resolve(project)
            guard (16...20_000).contains(s.width), (16...20_000).contains(s.height) else {
                throw ValidationError(
                    "`--width` and `--height` must be whole numbers from 16 to 20000, not \(s.width)x\(s.height).")
            }
            guard s.dpi >= 10, s.dpi <= 2400 else { throw ValidationError("`--dpi` must be between 10 and 2400, not \(s.dpi).") }
            if before == nil, s.selection.kinds(withCompare: false).contains(.compare) {
                throw ValidationError(
                    chart != nil
                        ? "`--chart compare` needs `--before PATH`: the logs or baseline file to compare with."
                        : "`compare` needs `--before PATH` ([plot] charts of coldviz.toml names it): the logs or baseline file to compare with."
                )
            }
            return s
        }

        func validate() throws { _ = try settings(nil) }

        /// An explaining chart without data: an error when asked for by name, a note under `all`.
        private func missing(_ kind: ChartKind, explicit: Bool, _ why: String) throws {
            if explicit {
                throw Diagnostics.fail("cannot draw \(kind.rawValue): \(why)")
            }
            Diagnostics.note("\(kind.rawValue) skipped: \(why)")
        }

        func run() throws {
            var resolved = try input.resolve()
            let s = try settings(resolved.project)
            let c = s.charts
            let kinds = s.selection.kinds(withCompare: before != nil)
            // Charts that explain nothing need no application log parsed (a third of the reading).
            resolved.options.readsApplicationLogs = kinds.contains(where: \.explains)
            let dataset = resolved.readDataset()
            Diagnostics.problems(dataset.problems)
            let named = (s.by ?? []) + [c.split, c.heatmap.rows, c.heatmap.columns].compactMap { $0 }
            let data = LabeledDataset(
                dataset, labeler: resolved.labeler, withTime: named.contains(.burst) || named.contains(.deploy))
            PhaseTimer.lap("labels")
            guard dataset.invocations.contains(where: { $0.category == .cold }) else {
                throw Diagnostics.fail(
                    dataset.invocations.isEmpty
                        ? dataset.noInvocationsMessage(in: resolved.paths)
                        : "no cold start (REPORT with Init Duration) to draw in \(resolved.paths.joined(separator: ", "))")
            }
            let groupBy = s.by ?? data.defaultGrouping
            let writer = ChartWriter(
                directory: s.out, formats: s.formats.formats, width: s.width, height: s.height,
                dpi: s.dpi, theme: s.theme == .dark ? .dark : .light, title: s.title)
            let assembly = ChartAssembly(data: data, by: groupBy, dark: s.theme == .dark)
            for kind in kinds {
                switch kind {
                case .distribution:
                    try writer.write(
                        assembly.distribution(bins: c.bins, logX: c.logX), name: ChartFileName.of(.distribution, by: groupBy)
                    )
                case .ecdf: try writer.write(assembly.ecdf(logX: c.logX), name: ChartFileName.of(.ecdf, by: groupBy))
                case .percentiles: try writer.write(assembly.percentiles(), name: ChartFileName.of(.percentiles, by: groupBy))
                case .box:
                    try writer.write(
                        assembly.box(split: c.split),
                        name: ChartFileName.box(by: groupBy, split: c.split))
                case .heatmap:
                    let (rows, columns) = (c.heatmap.rows, c.heatmap.columns)
                    try writer.write(
                        assembly.heatmap(rows: rows, columns: columns, statistic: c.statistic),
                        name: ChartFileName.heatmap(c.statistic, rows: rows, columns: columns))
                case .compare:
                    guard let before else { continue }  // `kinds` has compare only with --before.
                    var unreadable = false
                    let side = try ComparisonSides.read(before, resolved: resolved, groupBy: groupBy, unreadable: &unreadable)
                    try writer.write(
                        assembly.compare(
                            before: side, beforeName: "before: " + (before as NSString).lastPathComponent,
                            afterName: "after: "
                                + resolved.paths.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "),
                            logX: c.logX),
                        name: ChartFileName.of(.compare, by: groupBy))
                case .phases:
                    guard let chart = assembly.phases(statistic: c.phasesStatistic) else {
                        try missing(kind, explicit: s.selection.isExplicit, "no invocation has an X-Ray trace")
                        continue
                    }
                    try writer.write(chart, name: ChartFileName.of(.phases, by: groupBy))
                case .imports:
                    guard let chart = assembly.imports(top: 10) else {
                        try missing(
                            kind, explicit: s.selection.isExplicit, "no cold start logged module timings or -X importtime")
                        continue
                    }
                    try writer.write(chart, name: ChartFileName.of(.imports, by: groupBy))
                case .importtree:
                    let trees = assembly.importTrees()
                    if trees.isEmpty {
                        try missing(kind, explicit: s.selection.isExplicit, "no cold start logged -X importtime output")
                    }
                    for t in trees { try writer.write(t.chart, name: ChartFileName.importTree(group: t.group)) }
                case .timeline:
                    let charts = assembly.timelines(
                        gapMilliseconds: resolved.labeler.time.burstGapMilliseconds,
                        binSeconds: c.bin.seconds)
                    if charts.isEmpty { Diagnostics.warning("no cold start has a timestamp: timeline skipped") }
                    PhaseTimer.lap("timeline data")
                    for (n, c) in charts.enumerated() {
                        try writer.write(c, name: ChartFileName.timeline(by: groupBy, burst: n + 1))
                    }
                    PhaseTimer.lap("timeline drawing")
                }
            }
            if dataset.hasUnusableInput { throw ExitCode.unusableInput }
        }
    }
}

/// Renders charts and writes them, one file per format, printing each path.
struct ChartWriter {
    let directory: String
    let formats: [ColdVizCairo.OutputFormat]
    let width: Int, height: Int
    let dpi: Double
    let theme: Theme
    let title: String?

    func write<C: Chart & TitledChart>(_ chart: C, name: String) throws {
        var chart = chart
        if let title { chart.title = title }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Diagnostics.fail("cannot create \(directory): \(error.localizedDescription)")
        }
        for format in formats {
            let path = (directory as NSString).appendingPathComponent("\(name).\(format.rawValue)")
            do {
                let bytes = try CairoRenderer.render(chart, format: format, theme: theme, width: width, height: height, dpi: dpi)
                try ChartFile.write(bytes, to: path)
            } catch ColdVizCairoError.write(_, let cause) {
                throw Diagnostics.fail("cannot write \(path): \(cause)")  // the path once
            } catch {
                throw Diagnostics.fail("cannot write \(path): \(error)")
            }
            print(path)
        }
    }
}

/// Charts whose title the user may override.
protocol TitledChart { var title: String { get set } }
extension DistributionChart: TitledChart {}
extension TimelineChart: TitledChart {}
extension PercentilesChart: TitledChart {}
extension HeatmapChart: TitledChart {}
extension ECDFChart: TitledChart {}
extension BoxChart: TitledChart {}
extension CompareChart: TitledChart {}
extension PhasesChart: TitledChart {}
extension ImportsChart: TitledChart {}
extension ImportTreeChart: TitledChart {}
