import CSQLite

/// Reads a SQLite record export (`export --format sqlite`) back: its `invocations` and `init_failures`
/// rows as ``ExportedRecord``s (docs/FORMATS.md §13). A row's line is its `rowid`.
enum SQLiteRecordReader {
    /// Whether `bytes` start with SQLite's file header.
    static func recognises(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let magic = Array("SQLite format 3\u{0}".utf8)
        return bytes.count >= magic.count && zip(magic, bytes).allSatisfy { $0 == $1 }
    }

    /// Reads the database at `path` into `ingest`; a database without coldviz's tables is a file error.
    static func read(path: String, into ingest: inout FileIngest) {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let db else {
            ingest.fileError(line: nil, "cannot open as a SQLite database")
            sqlite3_close(db)
            return
        }
        defer { sqlite3_close(db) }
        var tablesRead = 0
        var contexts = ExportContexts()
        for (table, record) in [("invocations", "invocation"), ("init_failures", "initFailure")] {
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(db, "SELECT rowid, * FROM \(table) ORDER BY rowid", -1, &statement, nil) == SQLITE_OK,
                let statement
            else { continue }
            defer { sqlite3_finalize(statement) }
            tablesRead += 1
            let names = (0..<sqlite3_column_count(statement)).map { String(cString: sqlite3_column_name(statement, $0)) }
            while sqlite3_step(statement) == SQLITE_ROW {
                var row: [String: String] = ["record": record]
                for (k, name) in names.enumerated() where k > 0 {
                    let i = Int32(k)
                    switch sqlite3_column_type(statement, i) {
                    case SQLITE_NULL: continue
                    case SQLITE_FLOAT: row[name] = JSONWriter.number(sqlite3_column_double(statement, i))
                    default: row[name] = sqlite3_column_text(statement, i).map { String(cString: $0) }
                    }
                }
                let line = Int(sqlite3_column_int64(statement, 0))
                switch ExportedRecord.parse(
                    fileIndex: ingest.fileIndex, line: line, contexts: &contexts,
                    { row[$0.name].flatMap { $0.isEmpty ? nil : $0 } })
                {
                case .success(let r): ingest.consume(exported: r)
                case .failure(let error): ingest.malformed(line: line, "\(table) row: " + error.message)
                }
            }
        }
        if tablesRead == 0 { ingest.fileError(line: nil, "a SQLite database without coldviz's `invocations` table") }
    }
}
