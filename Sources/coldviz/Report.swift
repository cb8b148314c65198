import ArgumentParser
import ColdVizCore
import ColdVizProject
import ColdVizStats
import Foundation

extension ColdViz {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one self-contained HTML report: what was read, the statistics, every chart, the method.",
            discussion: """
                One file that opens in any browser with no network: the input accounting with every \
                problem as path:line, the tables `analyze` prints, every chart `plot` draws that the data \
                supports (inline SVG, light and dark), with --baseline the `check` verdicts and the compare \
                chart, and a Method section with the definitions, the coldviz version and this command line. \
                Tables group like `analyze` (--by), charts like `plot` (--chart-by); the other chart and \
                check settings come from coldviz.toml's [plot] and [check]. The same input gives the same \
                bytes: no time is written unless --timestamp. The report does not gate: regressions are \
                shown, and `coldviz check` fails on them.

                Exit status: 0 report written; 1 no invocation found, or the report could not be written; \
                2 report written but some input was unusable (listed on stderr and in the report), or \
                nothing written because the baseline could not be read; 64 bad usage.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(name: .shortAndLong, help: "The HTML file to write, or - for stdout.")
        var output = "report.html"

        @Option(
            name: .customLong("by"),
            help:
                "Table grouping, comma-separated dimensions (default: as analyze, method,python,memory when the label pattern matches).",
            transform: DimensionList.flag("--by"))
        var by: DimensionList?

        @Option(
            name: .customLong("chart-by"),
            help: "Chart grouping, comma-separated dimensions (default: as plot, method when the label pattern matches).",
            transform: DimensionList.flag("--chart-by"))
        var chartBy: DimensionList?

        @Option(
            help: "Percentiles of the tables, comma-separated, each in (0, 100) (default: 50,90,95,99).",
            transform: PercentileList.flag("--percentiles"))
        var percentiles: PercentileList?

        @Option(help: "A `coldviz baseline` file: adds the `check` verdicts and the compare chart.")
        var baseline: String?

        @Flag(help: "Write the time the report was made (the page then differs from run to run).")
        var timestamp = false

        @OptionGroup var chartOptions: ChartOptions

        func validate() throws {
            _ = try chartOptions.resolve(nil)
        }

        func run() throws {
            let resolved = try input.resolve()
            let options = try chartOptions.resolve(resolved.project)
            let dataset = resolved.readDataset()
            Diagnostics.problems(dataset.problems)
            guard !dataset.invocations.isEmpty else {
                throw Diagnostics.fail(dataset.noInvocationsMessage(in: resolved.paths))
            }
            let probabilities =
                percentiles?.probabilities
                ?? resolved.project?.percentiles?.map { $0 / 100 } ?? Analyzer.defaultProbabilities
            let analysis = Analyzer.analyze(
                dataset, labeler: resolved.labeler, groupBy: by?.dimensions ?? resolved.project?.by,
                probabilities: probabilities, pricing: resolved.pricing)
            let data = LabeledDataset(dataset, labeler: resolved.labeler)
            let chartBy =
                chartBy?.dimensions ?? resolved.project?.plot.by ?? data.defaultGrouping
            let charts = ReportCharts(
                data: data, by: chartBy, options: options, burstGapMilliseconds: resolved.labeler.time.burstGapMilliseconds)
            let (list, skipped) = try renderCharts(charts)
            let check = try baseline.map { try checkPart($0, resolved: resolved, dataset: dataset, charts: charts) }
            let billed = BilledCompute.groups(data, by: analysis.groupBy, keys: analysis.groups.map { $0.key.map(\.value) })
            let content = ReportContent(
                analysis: analysis, chartGroupBy: chartBy, charts: list, billedCompute: billed, skippedCharts: skipped,
                check: check,
                provenance: ReportProvenance(
                    version: ColdVizVersion.current, commandLine: Self.commandLine(CommandLine.arguments),
                    timestamp: timestamp ? Timestamp.formatISO8601(milliseconds: Int64(Date().timeIntervalSince1970 * 1000)) : nil
                ))
            try OutputFile.write(HTMLReport.render(content), to: output)
            if output != "-" { print(output) }
            if dataset.hasUnusableInput { throw ExitCode.unusableInput }
        }

        private func renderCharts(_ charts: ReportCharts) throws -> ([ReportChart], [String]) {
            do { return try charts.build() } catch {
                throw Diagnostics.fail("cannot draw the charts: \(error)")
            }
        }

        /// `coldviz report logs/ -o 'my report.html'`: the words as given, shell-quoted where needed.
        static func commandLine(_ arguments: [String]) -> String {
            let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./=:,@%+")
            let words =
                ["coldviz"]
                + arguments.dropFirst().map { word in
                    !word.isEmpty && word.allSatisfy(safe.contains)
                        ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
                }
            return words.joined(separator: " ")
        }
    }
}
