import ArgumentParser
import ColdVizCore

extension ColdViz {
    /// `coldviz query`: what to run in the engines that hold the logs, so that coldviz reads the rows.
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the query to run where the logs are, and the commands that fetch its rows for coldviz.",
            subcommands: [Insights.self, Athena.self])
    }
}

extension ColdViz.Query {
    struct Insights: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the Logs Insights query coldviz reads, split into windows under the 10,000-row limit.",
            discussion: """
                Prints a shell script: the query, one `aws logs start-query` per time window and the \
                `aws logs get-query-results` that saves each window's rows, then `coldviz analyze` of \
                them all. A query returns at most 10,000 rows, so a range with more REPORTs is split: \
                with --per-hour, each window is sized for 80% of the limit at that rate. A window that \
                still returns 10,000 rows was cut short: split it again with a higher --per-hour. \
                Rows at a window's edge may come twice; coldviz counts a request once.
                """)

        @Option(name: .customLong("log-group"), help: "Log group to query (repeatable; default: LOG_GROUP, to fill in).")
        var logGroups: [String] = []

        @Option(help: "Start of the range, ISO 8601 (e.g. 2024-03-04T00:00:00Z).", transform: TimeArgument.flag("--start"))
        var start: TimeArgument?

        @Option(help: "End of the range (exclusive), ISO 8601.", transform: TimeArgument.flag("--end"))
        var end: TimeArgument?

        @Option(name: .customLong("per-hour"), help: "Expected REPORTs per hour over all the log groups, to size the windows.")
        var perHour: Double?

        func validate() throws {
            if (start == nil) != (end == nil) { throw ValidationError("give both `--start` and `--end`, or neither.") }
            if let start, let end, end.seconds <= start.seconds {
                throw ValidationError("`--end` must come after `--start`.")
            }
            if let perHour, !(perHour > 0 && perHour.isFinite) {
                throw ValidationError("`--per-hour` must be a positive number, not \(perHour).")
            }
        }

        func run() throws {
            print(
                Self.script(
                    logGroups: logGroups, start: start?.seconds, end: end?.seconds, perHour: perHour))
        }

        /// The script: the query in a variable, the commands of every window, and the analysis.
        static func script(logGroups: [String], start: Int64?, end: Int64?, perHour: Double?) -> String {
            let groups = (logGroups.isEmpty ? ["LOG_GROUP"] : logGroups).map(shellQuoted).joined(separator: " ")
            var out = "#!/bin/sh\n# The Logs Insights query coldviz reads (one row per REPORT).\nQUERY=$(cat <<'EOF'\n"
            out += InsightsQuery.text + "\nEOF\n)\n"
            guard let start, let end else {
                out += "# Give --start and --end (and --per-hour) for the commands that run it over a time range:\n"
                out +=
                    "#   coldviz query insights --log-group /aws/lambda/NAME --start 2024-03-04T00:00:00Z --end 2024-03-05T00:00:00Z --per-hour 2000\n"
                return out
            }
            let windows = InsightsQuery.windows(startSeconds: start, endSeconds: end, reportsPerHour: perHour)
            let sizing =
                perHour.map {
                    "sized for \(Int(InsightsQuery.headroom * 100))% of the \(InsightsQuery.rowLimit)-row limit at \(NumberText.plain($0)) REPORTs an hour"
                } ?? "one window: give --per-hour to split a range with more than \(InsightsQuery.rowLimit) REPORTs"
            out += "# \(windows.count) window\(windows.count == 1 ? "" : "s"), \(sizing).\n"
            for (k, w) in windows.enumerated() {
                let n = k + 1
                out +=
                    "\n# window \(n): \(Timestamp.formatISO8601(milliseconds: w.lowerBound * 1000)) to \(Timestamp.formatISO8601(milliseconds: w.upperBound * 1000))\n"
                out +=
                    "id=$(aws logs start-query --log-group-names \(groups) --start-time \(w.lowerBound) --end-time \(w.upperBound) --query-string \"$QUERY\" --query queryId --output text)\n"
                out +=
                    "while s=$(aws logs get-query-results --query-id \"$id\" --query status --output text); [ \"$s\" != Complete ]; do\n"
                out +=
                    "  case $s in Failed | Cancelled | Timeout) echo \"window \(n): query $s\" >&2; exit 1 ;; esac; sleep 2\ndone\n"
                out += "aws logs get-query-results --query-id \"$id\" > results-\(n).json\n"
            }
            out += "\ncoldviz analyze results-*.json\n"
            return out
        }

        /// `text` in single quotes for a POSIX shell.
        static func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    }
}

/// A number without a trailing `.0`.
private enum NumberText {
    static func plain(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
}
