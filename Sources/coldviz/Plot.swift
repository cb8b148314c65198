import ArgumentParser
import ColdVizCairo
import ColdVizCore
import ColdVizPlot
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
            help: "Dimensions to group by, comma-separated (default: method when the label pattern matches, else function).")
        var by: String?

        @Option(
            help:
                "Charts to draw, comma-separated, or all: \(ChartKind.allCases.map(\.rawValue).joined(separator: ", ")) (default: all)."
        )
        var chart: String?

        @Option(help: "File formats, comma-separated: png, svg, pdf (default: png).")
        var format: String?

        @Option(help: "Directory to write the charts into, created when missing (default: charts).")
        var out: String?

        @Option(help: "Width in pixels (default: 1280).") var width: Int?
        @Option(help: "Height in pixels (default: 720).") var height: Int?
        @Option(help: "Resolution in dots per inch; text scales with it (default: 150).") var dpi: Double?

        @Option(help: "Title for every chart (default: one per chart).")
        var title: String?

        @Option(help: "Theme: light or dark (default: light).")
        var theme: String?

        @Option(help: "Histogram bins: auto (numpy's rule) or a whole number; the study used 30 (default: auto).")
        var bins: String?

        @Flag(name: .customLong("log-x"), help: "Logarithmic duration axis for distribution and ecdf.")
        var logX = false

        @Option(
            help:
                "Time bin of the timeline's percentile line and counts, e.g. 1s or 10s, or auto: the smallest of 1s, 2s, 5s, 10s, ... giving at most 40 bins per burst (default: auto)."
        )
        var bin: String?

        @Option(help: "Heatmap statistic: mean, median or a percentile such as p50, p95, p99 (default: p50).")
        var stat: String?

        @Option(help: "Heatmap rows and columns, two dimensions (default: method,memory).")
        var heatmap: String?

        @Option(help: "Box plots: split each group by this dimension.")
        var split: String?

        @Option(help: "Compare chart: the data before (logs or a `coldviz baseline` file); the inputs are after.")
        var before: String?

        /// Flags, then the project file's `[plot]`, then the defaults.
        struct Settings {
            var chart = "all", format = "png", out = "charts", theme = "light", bins = "auto"
            var bin = "auto", stat = "p50", heatmap = "method,memory"
            var width = 1280, height = 720
            var dpi = 150.0
            var title: String?, split: String?, by: String?
            var logX = false
        }

        func settings(_ project: ProjectConfig?) -> Settings {
            let p = project?.plot
            var s = Settings()
            s.chart = chart ?? p?.charts?.joined(separator: ",") ?? s.chart
            s.format = format ?? p?.formats?.joined(separator: ",") ?? s.format
            s.out = out ?? p?.out ?? s.out
            s.theme = theme ?? p?.theme ?? s.theme
            s.bins = bins ?? p?.bins ?? s.bins
            s.bin = bin ?? p?.bin ?? s.bin
            s.stat = stat ?? p?.stat ?? s.stat
            s.heatmap = heatmap ?? p?.heatmap ?? s.heatmap
            s.width = width ?? p?.width ?? s.width
            s.height = height ?? p?.height ?? s.height
            s.dpi = dpi ?? p?.dpi ?? s.dpi
            s.title = title ?? p?.title
            s.split = split ?? p?.split
            s.by = by ?? p?.by?.map(\.rawValue).joined(separator: ",")
            s.logX = logX || (p?.logX ?? false)
            return s
        }

        func validate() throws {
            try Self.check(settings(nil))
            if let chart, chart != "all", ChartKind.parseList(chart)!.contains(.compare), before == nil {
                throw ValidationError("`--chart compare` needs `--before PATH`: the logs or baseline file to compare with.")
            }
        }

        /// `compare` asked for by `[plot] charts` of coldviz.toml (the flag is checked in `validate()`) needs `--before`.
        static func checkBefore(_ s: Settings, before: String?) throws {
            guard before == nil, s.chart != "all", ChartKind.parseList(s.chart)?.contains(.compare) == true else { return }
            throw ValidationError(
                "`compare` needs `--before PATH` ([plot] charts of coldviz.toml names it): the logs or baseline file to compare with."
            )
        }

        /// Rejects settings a chart cannot be drawn with.
        static func check(_ s: Settings) throws {
            guard ChartKind.parseList(s.chart) != nil else {
                throw ValidationError(
                    "`--chart` must be `all` or a list of \(ChartKind.allCases.map(\.rawValue).joined(separator: ", ")), not `\(s.chart)`."
                )
            }
            guard formats(s.format) != nil else {
                throw ValidationError("`--format` must be a list of png, svg, pdf, not `\(s.format)`.")
            }
            guard (16...20_000).contains(s.width), (16...20_000).contains(s.height) else {
                throw ValidationError(
                    "`--width` and `--height` must be whole numbers from 16 to 20000, not \(s.width)x\(s.height).")
            }
            guard s.dpi >= 10, s.dpi <= 2400 else { throw ValidationError("`--dpi` must be between 10 and 2400, not \(s.dpi).") }
            guard s.theme == "light" || s.theme == "dark" else {
                throw ValidationError("`--theme` must be light or dark, not `\(s.theme)`.")
            }
            guard binRule(s.bins) != nil else {
                throw ValidationError("`--bins` must be auto or a whole number of at least 1, not \(s.bins).")
            }
            guard s.bin == "auto" || DurationText.milliseconds(s.bin) != nil else {
                throw ValidationError("`--bin` must be auto or a duration like 1s or 10s, not `\(s.bin)`.")
            }
            guard Statistic(name: s.stat) != nil else {
                throw ValidationError("`--stat` must be mean, median or a percentile such as p50, p95, p99, not `\(s.stat)`.")
            }
            guard let dims = try? Dimension.parseList(s.heatmap), dims.count == 2 else {
                throw ValidationError("`--heatmap` must name two dimensions such as method,memory, not `\(s.heatmap)`.")
            }
            if let by = s.by { do { _ = try Dimension.parseList(by) } catch { throw ValidationError("`--by`: \(error)") } }
            if let split = s.split, Dimension(rawValue: split) == nil {
                throw ValidationError("`--split`: `\(split)` is not a dimension.")
            }
        }

        /// An explaining chart without data: an error when asked for by name, a note under `all`.
        private func missing(_ kind: ChartKind, explicit: Bool, _ why: String) throws {
            if explicit {
                printError("cannot draw \(kind.rawValue): \(why)")
                throw ExitCode(1)
            }
            printDiagnostic(nil, "\(kind.rawValue) skipped: \(why)", kind: "note")
        }

        /// A group name usable in a file name.
        static func fileSafe(_ name: String) -> String {
            String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "-" })
        }

        static func formats(_ text: String) -> [ColdVizCairo.OutputFormat]? {
            let f = text.split(separator: ",").map {
                ColdVizCairo.OutputFormat(rawValue: $0.trimmingCharacters(in: .whitespaces))
            }
            return f.isEmpty || f.contains(where: { $0 == nil }) ? nil : f.map { $0! }
        }

        static func binRule(_ bins: String) -> BinRule? {
            if bins == "auto" { return .auto }
            guard let n = Int(bins), n >= 1, n <= 10_000 else { return nil }
            return .count(n)
        }

        func run() throws {
            var resolved = try input.resolve()
            let s = settings(resolved.project)
            try Self.check(s)
            try Self.checkBefore(s, before: before)
            let kinds = ChartKind.parseList(s.chart, withCompare: before != nil)!
            // Charts that explain nothing need no application log parsed (a third of the reading).
            resolved.options.readsApplicationLogs = kinds.contains(where: \.explains)
            let dataset = resolved.readDataset()
            printProblems(dataset.problems)
            let named = [s.by, s.split, s.heatmap].compactMap { $0 }.flatMap { $0.split(separator: ",") }
            let data = LabeledDataset(
                dataset, labeler: resolved.labeler,
                withTime: named.contains { [Dimension.burst.rawValue, Dimension.deploy.rawValue].contains(String($0)) })
            PhaseTimer.lap("labels")
            guard dataset.invocations.contains(where: { $0.category == .cold }) else {
                printError(
                    dataset.invocations.isEmpty
                        ? dataset.noInvocationsMessage(in: resolved.paths)
                        : "no cold start (REPORT with Init Duration) to draw in \(resolved.paths.joined(separator: ", "))")
                throw ExitCode(1)
            }
            let groupBy = try s.by.map { try Dimension.parseList($0) } ?? data.defaultGrouping
            let writer = ChartWriter(
                directory: s.out, formats: Self.formats(s.format)!, width: s.width, height: s.height,
                dpi: s.dpi, theme: s.theme == "dark" ? .dark : .light, title: s.title)
            let assembly = ChartAssembly(data: data, by: groupBy, dark: s.theme == "dark")
            let byName = groupBy.map(\.rawValue).joined(separator: "-")
            for kind in kinds {
                switch kind {
                case .distribution:
                    try writer.write(
                        assembly.distribution(bins: Self.binRule(s.bins)!, logX: s.logX), name: "distribution-by-\(byName)")
                case .ecdf: try writer.write(assembly.ecdf(logX: s.logX), name: "ecdf-by-\(byName)")
                case .percentiles: try writer.write(assembly.percentiles(), name: "percentiles-by-\(byName)")
                case .box:
                    try writer.write(
                        assembly.box(split: s.split.flatMap(Dimension.init)),
                        name: "box-by-\(byName)" + (s.split.map { "-split-\($0)" } ?? ""))
                case .heatmap:
                    let dims = try Dimension.parseList(s.heatmap)
                    try writer.write(
                        assembly.heatmap(rows: dims[0], columns: dims[1], statistic: Statistic(name: s.stat)!),
                        name: "heatmap-\(s.stat)-\(dims[0].rawValue)-by-\(dims[1].rawValue)")
                case .compare:
                    var unreadable = false
                    let side = try ComparisonSides.read(before!, resolved: resolved, groupBy: groupBy, unreadable: &unreadable)
                    try writer.write(
                        assembly.compare(
                            before: side, beforeName: "before: " + (before! as NSString).lastPathComponent,
                            afterName: "after: "
                                + resolved.paths.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "),
                            logX: s.logX),
                        name: "compare-by-\(byName)")
                case .phases:
                    guard
                        let c = assembly.phases(
                            statistic: Statistic(name: s.stat) == .percentile(0.95) ? .percentile(0.95) : .median)
                    else {
                        try missing(kind, explicit: s.chart != "all", "no invocation has an X-Ray trace")
                        continue
                    }
                    try writer.write(c, name: "phases-by-\(byName)")
                case .imports:
                    guard let c = assembly.imports(top: 10) else {
                        try missing(kind, explicit: s.chart != "all", "no cold start logged module timings or -X importtime")
                        continue
                    }
                    try writer.write(c, name: "imports-by-\(byName)")
                case .importtree:
                    let trees = assembly.importTrees()
                    if trees.isEmpty {
                        try missing(kind, explicit: s.chart != "all", "no cold start logged -X importtime output")
                    }
                    for t in trees { try writer.write(t.chart, name: "importtree-\(Self.fileSafe(t.group))") }
                case .timeline:
                    let charts = assembly.timelines(
                        gapMilliseconds: resolved.labeler.time.burstGapMilliseconds,
                        binSeconds: DurationText.milliseconds(s.bin).map { Double($0) / 1000 })
                    if charts.isEmpty { printDiagnostic(nil, "no cold start has a timestamp: timeline skipped", kind: "warning") }
                    PhaseTimer.lap("timeline data")
                    for (n, c) in charts.enumerated() { try writer.write(c, name: "timeline-by-\(byName)-burst-\(n + 1)") }
                    PhaseTimer.lap("timeline drawing")
                }
            }
            if dataset.hasUnusableInput { throw ExitCode(2) }
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
            printError("cannot create \(directory): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        for format in formats {
            let path = (directory as NSString).appendingPathComponent("\(name).\(format.rawValue)")
            do {
                let bytes = try CairoRenderer.render(chart, format: format, theme: theme, width: width, height: height, dpi: dpi)
                try ChartFile.write(bytes, to: path)
            } catch {
                printError("cannot write \(path): \(error)")
                throw ExitCode(1)
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
