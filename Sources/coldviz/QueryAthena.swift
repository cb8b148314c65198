import ArgumentParser
import ColdVizCore

extension ColdViz.Query {
    struct Athena: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the Athena table and query that extract coldviz's records from an S3 export of CloudWatch Logs.",
            discussion: """
                Prints a shell script: the `CREATE EXTERNAL TABLE` over the export (one line per row, \
                `<prefix>/<task>/<stream>/000000.gz`), the SELECT whose rows have the columns of \
                `coldviz export --format csv` (one per REPORT, classified cold, proactive, restore or \
                warm), the `aws athena` commands that run them and fetch the result, and `coldviz analyze` \
                of it. The function is the folder above the export task's id. --select-only prints just \
                the SELECT; with --source, over another engine's lines (DuckDB: SELECT filename AS path, \
                line FROM read_csv(...)). What the SQL cannot do that coldviz does: report malformed \
                lines, tell suppressed-init cold starts from warm ones, drop REPORTs repeated with other \
                text.
                """)

        @Option(help: "The S3 export's location, e.g. s3://bucket/exports/ (the folder holding the function folders).")
        var location: String?

        @Option(help: "Table name (default: coldviz_lambda_logs).")
        var table = "coldviz_lambda_logs"

        @Option(help: "Athena database (default: default).")
        var database = "default"

        @Option(name: .customLong("output-location"), help: "Where Athena writes results, e.g. s3://bucket/athena-results/.")
        var outputLocation: String?

        @Option(help: "Start of the range, ISO 8601 (e.g. 2024-03-04T00:00:00Z).", transform: TimeArgument.flag("--start"))
        var start: TimeArgument?

        @Option(help: "End of the range (exclusive), ISO 8601.", transform: TimeArgument.flag("--end"))
        var end: TimeArgument?

        @Option(name: .customLong("function"), help: "Only this function's folder (repeatable).")
        var functions: [String] = []

        @Flag(name: .customLong("select-only"), help: "Print only the SELECT.")
        var selectOnly = false

        @Option(help: "A query giving (path, line) for each line of the export, instead of the Athena table.")
        var source: String?

        func validate() throws {
            if !selectOnly, location == nil {
                throw ValidationError("give `--location s3://bucket/prefix/` (the S3 export), or `--select-only`.")
            }
            if let location, !location.hasPrefix("s3://") {
                throw ValidationError("`--location` must be an s3:// URL, not `\(location)`.")
            }
        }

        func run() throws {
            let select = AthenaQuery.select(
                source: source ?? AthenaQuery.athenaSource(table), startIso: start?.iso8601, endIso: end?.iso8601,
                functions: functions)
            guard !selectOnly, let location else { return print(select) }  // validate(): no --location only with --select-only
            let results = outputLocation ?? "s3://YOUR-BUCKET/athena-results/"
            let run =
                "aws athena start-query-execution --query-execution-context Database=\(database)"
                + " --result-configuration OutputLocation=\(results) --query QueryExecutionId --output text --query-string"
            var out = "#!/bin/sh\n# coldviz's records from the S3 export at \(location), with Amazon Athena.\nset -e\n"
            out += "DDL=$(cat <<'EOF'\n" + AthenaQuery.createTable(table, location: location) + "\nEOF\n)\n"
            out += "SELECT=$(cat <<'EOF'\n" + select + "\nEOF\n)\n"
            out += """
                wait_for() {
                  while s=$(aws athena get-query-execution --query-execution-id "$1" --query QueryExecution.Status.State --output text); [ "$s" != SUCCEEDED ]; do
                    case $s in FAILED | CANCELLED) echo "query $1: $s" >&2; exit 1 ;; esac; sleep 2
                  done
                }
                wait_for "$(\(run) "$DDL")"
                id=$(\(run) "$SELECT")
                wait_for "$id"
                aws s3 cp "\(results.hasSuffix("/") ? results : results + "/")$id.csv" records.csv
                coldviz analyze records.csv

                """
            print(out, terminator: "")
        }
    }
}
