/// The Athena (Trino) query over a CloudWatch Logs S3 export whose rows are coldviz's records (the columns of
/// `export --format csv`): what `coldviz query athena` prints. Its extraction uses only what Trino and DuckDB
/// share (`regexp_extract`, `substr`, `strpos`, `date_diff`, window functions), so a test runs it in DuckDB
/// over a local export tree (`scripts/athena-check.sh`).
public enum AthenaQuery {
    /// `CREATE EXTERNAL TABLE` of one string column per line over the export at `location`
    /// (`<prefix>/<task>/<stream>/000000.gz`; Athena reads gzip by the `.gz` name).
    public static func createTable(_ table: String, location: String) -> String {
        """
        CREATE EXTERNAL TABLE IF NOT EXISTS \(table) (line string)
        ROW FORMAT DELIMITED FIELDS TERMINATED BY '\\001' LINES TERMINATED BY '\\n'
        STORED AS TEXTFILE
        LOCATION '\(location)'
        """
    }

    /// The rows of `source`, a query giving each line of the export with its object key as
    /// `(path, line)`: in Athena `SELECT "$path" AS path, line FROM <table>` (``athenaSource(_:)``).
    /// `startIso`/`endIso` (ISO 8601 with milliseconds and `Z`) and `functions` (folder names above the task
    /// id) narrow the lines read.
    public static func select(source: String, startIso: String? = nil, endIso: String? = nil, functions: [String] = []) -> String
    {
        var conditions: [String] = []
        if let startIso { conditions.append("substr(line, 1, 24) >= '\(quoted(startIso))'") }
        if let endIso { conditions.append("substr(line, 1, 24) < '\(quoted(endIso))'") }
        if !functions.isEmpty {
            conditions.append("(" + functions.map { "strpos(path, '/\(quoted($0))/') > 0" }.joined(separator: " OR ") + ")")
        }
        let filters = conditions.map { $0 + "\n    AND " }.joined()
        return "WITH coldviz_lines AS (\(source)),\n" + body(filters: filters)
    }

    /// The source of ``select(source:startIso:endIso:functions:)`` in Athena.
    public static func athenaSource(_ table: String) -> String { "SELECT \"$path\" AS path, line FROM \(table)" }

    /// `text` with single quotes doubled, for a SQL string literal.
    static func quoted(_ text: String) -> String { text.replacingOccurrences(of: "'", with: "''") }

    private static func body(filters: String) -> String {
        #"""
        events AS (
          SELECT DISTINCT
            regexp_extract(path, '([^/]+)/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/', 1) AS function,
            regexp_extract(path, '/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/(.+)/[^/]+$', 1) AS log_stream,
            substr(line, 1, 24) AS ts,
            substr(line, 26) AS message
          FROM coldviz_lines
          WHERE \#(filters)coalesce(regexp_extract(line, '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z (REPORT|START|INIT_START) ', 0), '') <> ''
        ),
        reports AS (
          SELECT function, log_stream, ts, message,
            regexp_extract(message, '^REPORT RequestId: ([^\t ]+)', 1) AS request_id
          FROM events WHERE message LIKE 'REPORT %'
        ),
        starts AS (
          SELECT log_stream, ts AS start_ts, regexp_extract(message, '^START RequestId: ([^\t ]+)', 1) AS request_id
          FROM events WHERE message LIKE 'START %'
        ),
        inits AS (
          SELECT log_stream, ts AS init_ts, regexp_extract(message, 'Runtime Version: ([^\t ]+)', 1) AS runtime_version
          FROM events WHERE message LIKE 'INIT_START %'
        ),
        joined AS (
          SELECT r.*, s.start_ts, i.init_ts, i.runtime_version,
            row_number() OVER (PARTITION BY r.log_stream, r.request_id, r.ts ORDER BY i.init_ts DESC) AS latest
          FROM reports r
          LEFT JOIN starts s ON s.log_stream = r.log_stream AND s.request_id = r.request_id
          LEFT JOIN inits i ON i.log_stream = r.log_stream AND i.init_ts <= r.ts
        ),
        fields AS (
          SELECT function, log_stream, request_id, ts, start_ts, init_ts, runtime_version,
            CAST(nullif(coalesce(regexp_extract(message, '\tDuration: ([0-9.]+) ms', 1), ''), '') AS DOUBLE) AS duration_ms,
            CAST(nullif(coalesce(regexp_extract(message, '\tBilled Duration: ([0-9.]+) ms', 1), ''), '') AS DOUBLE) AS billed_duration_ms,
            CAST(nullif(coalesce(regexp_extract(message, '\tInit Duration: ([0-9.]+) ms', 1), ''), '') AS DOUBLE) AS init_duration_ms,
            CAST(nullif(coalesce(regexp_extract(message, '\tRestore Duration: ([0-9.]+) ms', 1), ''), '') AS DOUBLE) AS restore_duration_ms,
            CAST(nullif(coalesce(regexp_extract(message, '\tBilled Restore Duration: ([0-9.]+) ms', 1), ''), '') AS DOUBLE) AS billed_restore_duration_ms,
            CAST(nullif(coalesce(regexp_extract(message, '\tMemory Size: ([0-9]+) MB', 1), ''), '') AS BIGINT) AS memory_size_mb,
            CAST(nullif(coalesce(regexp_extract(message, '\tMax Memory Used: ([0-9]+) MB', 1), ''), '') AS BIGINT) AS max_memory_used_mb,
            nullif(coalesce(regexp_extract(message, '\tStatus: ([a-z]+)', 1), ''), '') AS status,
            nullif(coalesce(regexp_extract(message, '\tError Type: ([^\t]+)', 1), ''), '') AS error_type,
            message
          FROM joined WHERE latest = 1
        )
        SELECT
          'invocation' AS record, function, 'unknown' AS method, 'unknown' AS python, 'unknown' AS memory,
          'unknown' AS architecture, coalesce(runtime_version, 'unknown') AS runtime_version,
          'unknown' AS burst, 'unknown' AS deploy, NULL AS log_group, log_stream, request_id, NULL AS trace_id,
          ts AS timestamp,
          CASE
            WHEN init_duration_ms IS NOT NULL AND start_ts IS NOT NULL AND init_ts IS NOT NULL
              AND date_diff('millisecond', CAST(replace(substr(init_ts, 1, 23), 'T', ' ') AS TIMESTAMP),
                                           CAST(replace(substr(start_ts, 1, 23), 'T', ' ') AS TIMESTAMP)) - init_duration_ms > 1000
              THEN 'proactive'
            WHEN init_duration_ms IS NOT NULL THEN 'cold'
            WHEN restore_duration_ms IS NOT NULL THEN 'restore'
            ELSE 'warm'
          END AS category,
          init_duration_ms, restore_duration_ms, billed_restore_duration_ms, duration_ms, billed_duration_ms,
          memory_size_mb, max_memory_used_mb, status, error_type, NULL AS file, NULL AS line
        FROM fields
        ORDER BY function, log_stream, ts
        """#
    }
}
