import ArgumentParser
import ColdVizCore
import Foundation

extension ColdViz {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fail when cold starts got worse than a baseline, and only when the data show it.",
            discussion: """
                Per group and statistic: the change from the baseline to now, its BCa bootstrap \
                confidence interval (seeded; the seed is printed), and a two-sided Mann-Whitney U \
                test with its effect size U/(n1 n2). A group regresses when a change exceeds its \
                `--max-increase` and the interval lies above zero. It is insufficient when a side has \
                fewer values than 10/(1-p) for a percentile (10 for the mean or rate), or than \
                `--min-samples`: insufficient groups warn and pass unless --fail-on-insufficient. \
                Groups on only one side are listed and pass. When GITHUB_STEP_SUMMARY names a file, \
                the Markdown summary is appended to it.

                Exit status: 0 nothing regressed; 1 something regressed (or was insufficient with \
                --fail-on-insufficient); 2 unreadable input or baseline, or no invocation found; \
                64 bad usage.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(help: "Baseline file written by `coldviz baseline` (default: [check] baseline of coldviz.toml).")
        var baseline: String?

        @Option(
            name: .customLong("by"), help: "Dimensions to group by, a subset of the baseline's (default: the baseline's).",
            transform: DimensionList.flag("--by"))
        var by: DimensionList?

        @Option(
            help:
                "What to compare: initDuration (cold starts), duration (all invocations), coldStartRate or usdPerMillionInvocations (the mean cost of an invocation, times a million; default: [check] metric of coldviz.toml, else initDuration)."
        )
        var metric: Metric?

        @Option(
            name: .customLong("max-increase"),
            help:
                "Largest allowed increase per statistic: p95=10%,p50=5% (default), 50ms; for coldStartRate rate=10% (default) or rate=2pp."
        )
        var maxIncrease: String?

        @Option(help: "Confidence level of the intervals, between 0.5 and 0.9999 (default: 0.95).")
        var confidence: Double?

        @Option(name: .customLong("min-samples"), help: "Smallest sample on each side for a verdict, instead of 10/(1-p).")
        var minSamples: Int?

        @Option(help: "Seed of the bootstrap resampling (default: \(ComparisonSettings.defaultSeed)).")
        var seed: UInt64?

        @Option(help: "Bootstrap resamples per interval.")
        var resamples: Int = 9_999

        @Option(help: "Output format: table, markdown or json.")
        var format: ComparisonFormat = .table

        @Option(name: .shortAndLong, help: "Write the output to this file instead of stdout.")
        var output: String?

        @Flag(name: .customLong("fail-on-insufficient"), help: "Exit 1 when a group has too few samples for a verdict.")
        var failOnInsufficient = false

        func validate() throws {
            // Without `--metric` the project file may name another metric: `run()` checks the thresholds against it.
            if let metric { _ = try ComparisonOptions.statistics(maxIncrease, metric: metric) }
            try ComparisonOptions.validate(confidence: confidence ?? 0.95, minSamples: minSamples, resamples: resamples)
        }

        /// The flags of the comparison, resolved with `[check]` of the project file in `run()`.
        var resolver: CheckSettingsResolver {
            CheckSettingsResolver(
                metric: metric, maxIncrease: maxIncrease, confidence: confidence, minSamples: minSamples, seed: seed,
                resamples: resamples)
        }

        func run() throws {
            let resolved = try input.resolve()
            let c = resolved.project?.check
            let failOnInsufficient = failOnInsufficient || (c?.failOnInsufficient ?? false)
            let settings = try resolver.resolve(c)
            guard let baseline = baseline ?? c?.baseline else {
                throw ValidationError("give `--baseline FILE`, or set [check] baseline in coldviz.toml")
            }
            let groupBy = by?.dimensions ?? c?.by
            let stored = try ComparisonSides.regroup(ComparisonSides.readBaseline(baseline), by: groupBy)
            var unreadable = false
            let now = try ComparisonSides.readLogs(
                resolved.paths, resolved: resolved, groupBy: stored.groupBy, unreadable: &unreadable)
            let report = Comparator.compare(baseline: stored, now: now, settings: settings)
            let tables = ComparisonTables.check
            let text =
                switch format {
                case .table: tables.renderTable(report, failOnInsufficient: failOnInsufficient)
                case .markdown: tables.renderMarkdown(report, failOnInsufficient: failOnInsufficient)
                case .json:
                    ComparisonJSON.render(
                        report, format: "coldviz-check", passed: report.passes(failOnInsufficient: failOnInsufficient))
                }
            do { try OutputFile.write(text, to: output) } catch { throw ExitCode.unusableInput }
            ComparisonSides.appendStepSummary(tables.renderMarkdown(report, failOnInsufficient: failOnInsufficient))
            for g in report.groups where g.verdict == .insufficient {
                Diagnostics.warning(
                    "\(GroupKey(values: g.key).description(report.groupBy)): too few samples for a verdict (\(g.baselineCount) in the baseline, \(g.nowCount) now)"
                )
            }
            if unreadable {
                throw Diagnostics.fail("some input could not be read: the check is not conclusive", .unusableInput)
            }
            if !report.passes(failOnInsufficient: failOnInsufficient) { throw ExitCode.failure }
        }
    }
}
