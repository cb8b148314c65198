import CSQLite
import Foundation

/// Writes exported rows into a SQLite database: table `invocations` (one row per request id) and
/// table `init_failures`, with indexes on the dimensions. Exporting the same logs again adds nothing.
public enum SQLiteExport {
    /// Errors from SQLite, with its message.
    public struct Failure: Error, CustomStringConvertible {
        /// SQLite's own message (`sqlite3_errmsg`), or `cannot open PATH as a SQLite database`.
        public var description: String
    }

    static let dimensionColumns = [
        "function", "method", "python", "memory", "architecture", "runtime_version",
        "log_group", "category",
    ]

    /// Creates or opens `path` and inserts `rows`; returns how many rows were new. O(n log n).
    @discardableResult
    public static func write(_ rows: [ExportRow], to path: String) throws(Failure) -> Int {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK, let db else {
            throw Failure(description: "cannot open \(path) as a SQLite database")
        }
        defer { sqlite3_close(db) }
        let columns = ExportRow.columns.filter { $0 != "record" }
        let definitions = columns.map { name -> String in
            switch name {
            case "request_id": "request_id TEXT NOT NULL PRIMARY KEY"
            case "init_duration_ms", "restore_duration_ms", "billed_restore_duration_ms", "duration_ms", "billed_duration_ms":
                "\(name) REAL"
            case "memory_size_mb", "max_memory_used_mb", "line": "\(name) INTEGER"
            default: "\(name) TEXT"
            }
        }
        var schema = "CREATE TABLE IF NOT EXISTS invocations (\(definitions.joined(separator: ", ")));\n"
        let failureColumns = columns.filter { $0 != "request_id" }
        schema +=
            "CREATE TABLE IF NOT EXISTS init_failures (failure_key TEXT NOT NULL PRIMARY KEY, "
            + failureColumns.map { definitions[columns.firstIndex(of: $0)!] }.joined(separator: ", ") + ");\n"
        for c in dimensionColumns {
            schema += "CREATE INDEX IF NOT EXISTS invocations_\(c) ON invocations(\(c));\n"
            schema += "CREATE INDEX IF NOT EXISTS init_failures_\(c) ON init_failures(\(c));\n"
        }
        try exec(db, schema + "BEGIN;")
        let insertInvocation = try prepare(
            db,
            "INSERT OR IGNORE INTO invocations (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        )
        defer { sqlite3_finalize(insertInvocation) }
        let insertFailure = try prepare(
            db,
            "INSERT OR IGNORE INTO init_failures (failure_key, \(failureColumns.joined(separator: ", "))) VALUES (?, \(failureColumns.map { _ in "?" }.joined(separator: ", ")))"
        )
        defer { sqlite3_finalize(insertFailure) }
        var added = 0
        for row in rows {
            let values = Array(row.values.dropFirst())  // without `record`
            let statement: OpaquePointer
            var bound = values
            if row.record == "invocation" {
                statement = insertInvocation
            } else {
                statement = insertFailure
                let key = [
                    row.function, row.logStream ?? "", row.timestamp ?? "", row.initDurationMs.map { "\($0)" } ?? "",
                    row.status ?? "", row.timestamp == nil ? "\(row.file):\(row.line)" : "",
                ].joined(separator: "|")
                bound = [.text(key)] + values.enumerated().filter { columns[$0.offset] != "request_id" }.map(\.element)
            }
            sqlite3_reset(statement)
            for (k, v) in bound.enumerated() { bind(statement, Int32(k + 1), v) }
            guard sqlite3_step(statement) == SQLITE_DONE else { throw Failure(description: message(db)) }
            added += Int(sqlite3_changes(db))
        }
        try exec(db, "COMMIT;")
        return added
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func bind(_ s: OpaquePointer, _ i: Int32, _ v: ExportValue) {
        switch v {
        case .text(let t), .optionalText(.some(let t)): sqlite3_bind_text(s, i, t, -1, transient)
        case .optionalReal(.some(let d)): sqlite3_bind_double(s, i, d)
        case .optionalInteger(.some(let n)): sqlite3_bind_int64(s, i, Int64(n))
        default: sqlite3_bind_null(s, i)
        }
    }

    private static func exec(_ db: OpaquePointer, _ sql: String) throws(Failure) {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw Failure(description: message(db)) }
    }

    private static func prepare(_ db: OpaquePointer, _ sql: String) throws(Failure) -> OpaquePointer {
        var s: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &s, nil) == SQLITE_OK, let s else { throw Failure(description: message(db)) }
        return s
    }

    private static func message(_ db: OpaquePointer) -> String { String(cString: sqlite3_errmsg(db)) }
}
