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
                Charts: distribution (overlaid histograms of Init Duration), timeline (one figure per
                burst: Init Duration against completion time, the per-bin P95, and cold starts per bin),
                percentiles (p99, max, mean, min per group), heatmap (a statistic over two dimensions),
                ecdf (cumulative distribution), box (box plots, optionally split), compare (ECDF before
                and after per group with the p50/p95 shift; needs --before, logs or a baseline file).
                Files are named after the chart and grouping (distribution-by-method.png,
                timeline-by-method-burst-2.svg, ...) and written atomically; their paths are printed.

                Exit status: 0 charts written; 1 no cold start to draw or a chart could not be
                written; 2 charts written but some input was unusable; 64 bad usage.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(name: .customLong("by"), help: "Dimensions to group by, comma-separated (default: method when the label pattern matches, else function).")
        var by: String?

        @Option(help: "Charts to draw, comma-separated, or all: \(ChartKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        var chart: String = "all"

        @Option(help: "File formats, comma-separated: png, svg, pdf.")
        var format: String = "png"

        @Option(help: "Directory to write the charts into (created when missing).")
        var out: String = "charts"

        @Option(help: "Width in pixels.") var width: Int = 1280
        @Option(help: "Height in pixels.") var height: Int = 720
        @Option(help: "Resolution in dots per inch (text scales with it).") var dpi: Double = 150

        @Option(help: "Title for every chart (default: one per chart).")
        var title: String?

        @Option(help: "Theme: light or dark.")
        var theme: String = "light"

        @Option(help: "Histogram bins: auto (numpy's rule) or a whole number (the study used 30).")
        var bins: String = "auto"

        @Flag(name: .customLong("log-x"), help: "Logarithmic duration axis for distribution and ecdf.")
        var logX = false

        @Option(name: .customLong("burst-gap"), help: "Start a new burst when consecutive cold starts are further apart than this (e.g. 60s, 5m).")
        var burstGap: String = "60s"

        @Option(help: "Time bin of the timeline's percentile line and counts (e.g. 1s, 10s), or auto: the smallest of 1s, 2s, 5s, 10s, ... giving at most 40 bins per burst.")
        var bin: String = "auto"

        @Option(help: "Heatmap statistic: mean, p50, p95 or p99.")
        var stat: String = "p50"

        @Option(help: "Heatmap rows and columns, two dimensions.")
        var heatmap: String = "method,memory"

        @Option(help: "Box plots: split each group by this dimension.")
        var split: String?

        @Option(help: "Compare chart: the data before (logs or a `coldviz baseline` file); the inputs are after.")
        var before: String?

        func validate() throws {
            guard ChartKind.parseList(chart) != nil else {
                throw ValidationError("`--chart` must be `all` or a list of \(ChartKind.allCases.map(\.rawValue).joined(separator: ", ")), not `\(chart)`.")
            }
            guard formats != nil else { throw ValidationError("`--format` must be a list of png, svg, pdf, not `\(format)`.") }
            guard (16...20_000).contains(width), (16...20_000).contains(height) else {
                throw ValidationError("`--width` and `--height` must be whole numbers from 16 to 20000, not \(width)x\(height).")
            }
            guard dpi >= 10, dpi <= 2400 else { throw ValidationError("`--dpi` must be between 10 and 2400, not \(dpi).") }
            guard theme == "light" || theme == "dark" else { throw ValidationError("`--theme` must be light or dark, not `\(theme)`.") }
            guard binRule != nil else { throw ValidationError("`--bins` must be auto or a whole number of at least 1, not \(bins).") }
            guard DurationText.milliseconds(burstGap) != nil else { throw ValidationError("`--burst-gap` must be a duration like 60s or 5m, not `\(burstGap)`.") }
            guard bin == "auto" || DurationText.milliseconds(bin) != nil else { throw ValidationError("`--bin` must be a duration like 1s or 10s, not `\(bin)`.") }
            guard statistic != nil else { throw ValidationError("`--stat` must be mean, p50, p95 or p99, not `\(stat)`.") }
            guard let dims = try? Dimension.parseList(heatmap), dims.count == 2 else {
                throw ValidationError("`--heatmap` must name two dimensions such as method,memory, not `\(heatmap)`.")
            }
            if let by { do { _ = try Dimension.parseList(by) } catch { throw ValidationError("`--by`: \(error)") } }
            if let split, Dimension(rawValue: split) == nil { throw ValidationError("`--split`: `\(split)` is not a dimension.") }
            if chart != "all", ChartKind.parseList(chart)!.contains(.compare), before == nil {
                throw ValidationError("`--chart compare` needs `--before PATH`: the logs or baseline file to compare with.")
            }
        }

        var formats: [ColdVizCairo.OutputFormat]? {
            let f = format.split(separator: ",").map { ColdVizCairo.OutputFormat(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
            return f.isEmpty || f.contains(where: { $0 == nil }) ? nil : f.map { $0! }
        }

        var binRule: BinRule? {
            if bins == "auto" { return .auto }
            guard let n = Int(bins), n >= 1, n <= 10_000 else { return nil }
            return .count(n)
        }

        var statistic: HeatmapChart.Statistic? {
            switch stat {
            case "mean": .mean
            case "p50", "median": .median
            case "p95": .percentile(0.95)
            case "p99": .percentile(0.99)
            default: nil
            }
        }

        func run() throws {
            let labeler = try input.labeler()
            let progress = Progress()
            let result = Ingestor.ingest(paths: input.paths, options: input.ingestOptions) { progress.update("reading", $0, $1) }
            progress.finish()
            let dataset = DatasetBuilder.build(result)
            for p in dataset.problems.prefix(20) { printDiagnostic(p.formatted) }
            let data = LabeledDataset(dataset, labeler: labeler)
            guard dataset.invocations.contains(where: { $0.category == .cold }) else {
                printError("no cold start (REPORT with Init Duration) to draw in \(input.paths.joined(separator: ", "))")
                throw ExitCode(1)
            }
            let groupBy = try by.map { try Dimension.parseList($0) } ?? data.defaultGrouping
            let writer = ChartWriter(directory: out, formats: formats!, width: width, height: height, dpi: dpi,
                                     theme: theme == "dark" ? .dark : .light, title: title)
            let assembly = ChartAssembly(data: data, by: groupBy, dark: theme == "dark")
            let byName = groupBy.map(\.rawValue).joined(separator: "-")
            for kind in ChartKind.parseList(chart, withCompare: before != nil)! {
                switch kind {
                case .distribution: try writer.write(assembly.distribution(bins: binRule!, logX: logX), name: "distribution-by-\(byName)")
                case .ecdf: try writer.write(assembly.ecdf(logX: logX), name: "ecdf-by-\(byName)")
                case .percentiles: try writer.write(assembly.percentiles(), name: "percentiles-by-\(byName)")
                case .box: try writer.write(assembly.box(split: split.flatMap(Dimension.init)), name: "box-by-\(byName)" + (split.map { "-split-\($0)" } ?? ""))
                case .heatmap:
                    let dims = try Dimension.parseList(heatmap)
                    try writer.write(assembly.heatmap(rows: dims[0], columns: dims[1], statistic: statistic!),
                                     name: "heatmap-\(stat)-\(dims[0].rawValue)-by-\(dims[1].rawValue)")
                case .compare:
                    var unreadable = false
                    let side = try ComparisonSides.read(before!, input: input, groupBy: groupBy, unreadable: &unreadable)
                    try writer.write(assembly.compare(before: side, beforeName: "before: " + (before! as NSString).lastPathComponent,
                                                      afterName: "after: " + input.paths.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "),
                                                      logX: logX),
                                     name: "compare-by-\(byName)")
                case .timeline:
                    let charts = assembly.timelines(gapMilliseconds: DurationText.milliseconds(burstGap)!,
                                                    binSeconds: DurationText.milliseconds(bin).map { Double($0) / 1000 })
                    if charts.isEmpty { printDiagnostic("no cold start has a timestamp: timeline skipped", kind: "warning") }
                    for (n, c) in charts.enumerated() { try writer.write(c, name: "timeline-by-\(byName)-burst-\(n + 1)") }
                }
            }
            if dataset.fileErrors > 0 || dataset.accounting.malformed > 0 { throw ExitCode(2) }
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
