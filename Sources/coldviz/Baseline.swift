import ArgumentParser
import ColdVizCore
import Foundation

extension ColdViz {
    struct BaselineCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "baseline",
            abstract: "Write a baseline of cold-start statistics and samples for `coldviz check`.",
            discussion: """
                Per group: the statistics of `analyze --format json`, the cold-start counts, and the \
                raw samples (Init Duration of cold starts, Duration of all invocations, in ms with \
                two decimals, as the logs print them). JSON, schema version 1 (see the README).

                Exit status: 0 written; 2 unreadable input or no invocation found, or the file \
                could not be written; 64 bad usage.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(
            name: .customLong("by"),
            help:
                "Dimensions to group by, comma-separated. Default: method,python,memory when the label pattern matches, else function.",
            transform: DimensionList.flag("--by"))
        var by: DimensionList?

        @Option(name: .shortAndLong, help: "Write the baseline to this file (default: stdout).")
        var output: String?

        func run() throws {
            var unreadable = false
            let resolved = try input.resolve()
            let groupBy = by?.dimensions ?? resolved.project?.check.by ?? resolved.project?.by
            let baseline = try ComparisonSides.readLogs(
                resolved.paths, resolved: resolved, groupBy: groupBy, unreadable: &unreadable)
            if unreadable {
                throw Diagnostics.fail("some input could not be read; no baseline written", .unusableInput)
            }
            do { try OutputFile.write(baseline.renderJSON(), to: output) } catch { throw ExitCode.unusableInput }
            if let output, output != "-" {
                let cold = baseline.groups.reduce(0) { $0 + $1.coldStarts }
                let invocations = baseline.groups.reduce(0) { $0 + $1.invocations }
                print(
                    "\(output): \(baseline.groups.count) groups by \(baseline.groupBy.map(\.rawValue).joined(separator: ",")), \(invocations) invocations, \(cold) cold starts"
                )
            }
        }
    }
}
