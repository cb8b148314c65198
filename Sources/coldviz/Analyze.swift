import ArgumentParser
import ColdVizCore
import Foundation

extension ColdViz {
    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read Lambda log exports and print cold-start statistics per group.",
            discussion: """
                A cold start is an invocation whose REPORT carries Init Duration, unless its init \
                ended more than --proactive-gap before its START (a proactive initialisation) or was \
                for provisioned concurrency: those are counted apart. --by burst groups by the bursts \
                of cold starts, --by deploy by post-deploy/steady after the deployments given \
                (--deployed-at, coldviz.toml) or read (CloudTrail). Every group has its cost. Percentiles are \
                type 7 (numpy's default); a percentile with fewer than 10/(1-p) samples is marked. \
                Every event is accounted for: a record, ignored (application output), malformed \
                (shown as path:line), or a duplicate of an overlapping export.

                Exit status: 0 all input read; 1 no invocation found (or nothing readable); \
                2 statistics printed but some input was unusable (listed on stderr); \
                64 bad usage.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(
            name: .customLong("by"),
            help:
                "Dimensions to group by, comma-separated: \(Dimension.allCases.map(\.rawValue).joined(separator: ", ")). Default: method,python,memory when the label pattern matches, else function.",
            transform: DimensionList.flag("--by"))
        var by: DimensionList?

        @Option(help: "Output format: table, json, csv, markdown.")
        var format: ReportFormat = .table

        @Option(name: .shortAndLong, help: "Write the output to this file instead of stdout.")
        var output: String?

        @Option(
            help: "Percentiles to report, comma-separated, each in (0, 100) (default: 50,90,95,99).",
            transform: PercentileList.flag("--percentiles"))
        var percentiles: PercentileList?

        func run() throws {
            let resolved = try input.resolve()
            let dataset = resolved.readDataset()
            let groupBy = by?.dimensions ?? resolved.project?.by
            let probabilities =
                percentiles?.probabilities
                ?? resolved.project?.percentiles?.map { $0 / 100 } ?? Analyzer.defaultProbabilities
            let analysis = Analyzer.analyze(
                dataset, labeler: resolved.labeler, groupBy: groupBy, probabilities: probabilities, pricing: resolved.pricing)
            PhaseTimer.lap("statistics")
            Diagnostics.problems(dataset.problems)
            // Failed inits are findings even when no usable REPORT exists (a failure-only file).
            guard !dataset.invocations.isEmpty || !dataset.initFailures.isEmpty else {
                throw Diagnostics.fail(dataset.noInvocationsMessage(in: resolved.paths))
            }
            let text: String
            switch format {
            case .table: text = AnalysisTables.renderTable(analysis)
            case .markdown: text = AnalysisTables.renderMarkdown(analysis)
            case .json: text = AnalysisJSON.render(analysis)
            case .csv: text = AnalysisCSV.render(analysis)
            }
            try OutputFile.write(text, to: output)
            PhaseTimer.lap("output")
            if dataset.hasUnusableInput { throw ExitCode.unusableInput }
        }
    }
}

/// Report formats of `analyze`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown
}
