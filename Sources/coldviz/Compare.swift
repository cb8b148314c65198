import ArgumentParser
import ColdVizCore
import ColdVizStats
import Foundation

extension ColdViz {
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two datasets (before A, after B) side by side, without thresholds.",
            discussion: """
                A and B are each a log export (file or directory) or a baseline file from \
                `coldviz baseline`. Per group and statistic: A, B, the change B - A with its BCa \
                bootstrap confidence interval (seeded; the seed is printed), and a two-sided \
                Mann-Whitney U test with its effect size U/(n1 n2) = P(B > A). `*` marks a statistic \
                with fewer values than 10/(1-p) on a side. `coldviz plot B --chart compare --before A` \
                draws both ECDFs. When GITHUB_STEP_SUMMARY names a file, the Markdown is appended to it.

                Exit status: 0 compared; 2 unreadable input or no invocation found; 64 bad usage.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(
            name: .customLong("by"), help: "Dimensions to group by (default: as analyze, or a baseline file's grouping).",
            transform: DimensionList.flag("--by"))
        var by: DimensionList?

        @Option(help: "What to compare: initDuration (cold starts), duration (all invocations) or coldStartRate.")
        var metric: Metric = .initDuration

        @Option(
            help: "Statistics, comma-separated: p50, p95, p99.9, mean (rate for coldStartRate). Default: p50,p95,p99,mean.",
            transform: StatisticList.flag("--stats"))
        var stats: StatisticList?

        @Option(help: "Confidence level of the intervals, between 0.5 and 0.9999.")
        var confidence: Double = 0.95

        @Option(
            name: .customLong("min-samples"),
            help: "Smallest sample on each side below which a statistic is marked, instead of 10/(1-p).")
        var minSamples: Int?

        @Option(help: "Seed of the bootstrap resampling.")
        var seed: UInt64 = ComparisonSettings.defaultSeed

        @Option(help: "Bootstrap resamples per interval.")
        var resamples: Int = 9_999

        @Option(help: "Output format: table, markdown or json.")
        var format: ComparisonFormat = .table

        @Option(name: .shortAndLong, help: "Write the output to this file instead of stdout.")
        var output: String?

        func validate() throws {
            guard input.paths.count == 2 else {
                throw ValidationError("give exactly two inputs, A (before) and B (after), not \(input.paths.count).")
            }
            _ = try statistics()
            try ComparisonOptions.validate(confidence: confidence, minSamples: minSamples, resamples: resamples)
        }

        func statistics() throws -> [(statistic: Statistic, threshold: Threshold?)] {
            let list =
                stats?.statistics
                ?? (metric == .coldStartRate ? [.mean] : [.median, .percentile(0.95), .percentile(0.99), .mean])
            if metric == .coldStartRate && list.contains(where: { $0 != .mean }) {
                throw ValidationError("`--metric coldStartRate` compares the rate only: use `--stats rate`.")
            }
            return list.map { (statistic: $0, threshold: nil) }
        }

        func run() throws {
            let settings = ComparisonSettings(
                metric: metric, statistics: try statistics(), confidence: confidence,
                minimumSampleSize: minSamples, seed: seed, resamples: resamples)
            var unreadable = false
            let resolved = try input.resolve()
            let groupBy = by?.dimensions
            let a = try ComparisonSides.read(input.paths[0], resolved: resolved, groupBy: groupBy, unreadable: &unreadable)
            let b = try ComparisonSides.read(input.paths[1], resolved: resolved, groupBy: a.groupBy, unreadable: &unreadable)
            let report = Comparator.compare(baseline: a, now: b, settings: settings)
            let tables = ComparisonTables(beforeName: "A", afterName: "B", showsVerdicts: false)
            let text =
                switch format {
                case .table: "A: \(input.paths[0])\nB: \(input.paths[1])\n" + tables.renderTable(report)
                case .markdown: tables.renderMarkdown(report) + "\nA: `\(input.paths[0])`, B: `\(input.paths[1])`\n"
                case .json: ComparisonJSON.render(report, format: "coldviz-compare", passed: nil)
                }
            do { try OutputFile.write(text, to: output) } catch { throw ExitCode.unusableInput }
            ComparisonSides.appendStepSummary(tables.renderMarkdown(report))
            if unreadable {
                throw Diagnostics.fail("some input could not be read: the comparison is incomplete", .unusableInput)
            }
        }
    }
}
