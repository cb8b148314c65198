import ColdVizStats

/// Turns CloudWatch Logs Insights result rows into events (docs/FORMATS.md §6).
///
/// A row with `@message` is read like any log event (the message is authoritative: it carries
/// Restore Duration, Status and Error Type); a row without one is rebuilt from the discovered fields,
/// with `@memorySize` and `@maxMemoryUsed` converted from decimal bytes to MB.
struct InsightsRowReader {
    typealias Row = [(field: String, value: String?)]
    let context: FileContext

    /// `results` of get-query-results: rows of `{field, value}` arrays, or one flattened list.
    func readResults(_ results: JSONValue, status: String?, line: Int, into ingest: inout FileIngest) {
        if let status, status != "Complete" {
            ingest.warn(line: line, "Logs Insights query status is \(status), not Complete: the results may be partial")
        }
        guard let items = results.arrayValue else {
            ingest.malformed(line: line, "Insights `results` is not an array")
            return
        }
        if items.allSatisfy({ $0.arrayValue != nil }) {
            if items.count == InsightsQuery.rowLimit {
                ingest.warn(
                    line: line,
                    "Logs Insights results hold \(InsightsQuery.rowLimit) rows, the most one query returns: the query was probably cut short (split its time range, e.g. with `coldviz query insights --per-hour`)"
                )
            }
            for row in items { consume(row: fields(row.arrayValue!), line: line, into: &ingest) }
        } else {
            readFlattened(items, line: line, into: &ingest)
        }
    }

    /// PowerShell's flattened `results`: one list of `{field, value}`; a repeated field starts a new row.
    func readFlattened(_ items: [JSONValue], line: Int, into ingest: inout FileIngest) {
        var row: Row = []
        var seen: Set<String> = []
        for (field, value) in fields(items) {
            if seen.contains(field) {
                consume(row: row, line: line, into: &ingest)
                row = []
                seen = []
            }
            seen.insert(field)
            row.append((field, value))
        }
        if !row.isEmpty { consume(row: row, line: line, into: &ingest) }
    }

    private func fields(_ items: [JSONValue]) -> Row {
        items.compactMap { item -> (field: String, value: String?)? in
            guard let field = item["field"]?.stringValue else { return nil }
            switch item["value"] {
            case .string(let s): return (field, s)
            case .number(let d): return (field, d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d))
            case .bool(let b): return (field, String(b))
            default: return (field, nil)
            }
        }
    }

    /// Reads one result row as one event.
    func consume(row: Row, line: Int, into ingest: inout FileIngest) {
        func value(_ name: String) -> String? {
            guard let v = row.first(where: { $0.field == name })?.value, !v.isEmpty else { return nil }
            return v
        }
        var meta = EventMeta(logGroup: context.logGroup, logStream: context.logStream, line: line)
        if let ts = value("@timestamp") {
            meta.timestampMilliseconds = Timestamp.parseMilliseconds(ts)
        }
        if let log = value("@log") {
            meta.logGroup = log.firstIndex(of: ":").map { String(log[log.index(after: $0)...]) } ?? log
        }
        if let stream = value("@logStream") { meta.logStream = stream }
        if let message = value("@message") {
            var text = message
            text.withUTF8 { ingest.consume(message: UnsafeRawBufferPointer($0), meta: meta) }
            return
        }
        guard let requestId = value("@requestId").map({ LogId($0) }) else {
            if row.contains(where: { !$0.field.hasPrefix("@") }) {
                ingest.ignore(.structuredApplicationLog)  // rows of parsed application fields (Powertools)
                return
            }
            ingest.malformed(line: line, "Insights row has neither @message nor @requestId; export raw rows (see README)")
            return
        }
        switch value("@type") {
        case "START": ingest.record(.start(requestId: requestId), meta: meta)
        case "END": ingest.record(.end(requestId: requestId), meta: meta)
        case "REPORT",
            nil where value("@duration") != nil:
            var r = ReportFields(requestId: requestId)
            r.durationMilliseconds = value("@duration").flatMap(Double.init)
            r.billedDurationMilliseconds = value("@billedDuration").flatMap(Double.init)
            r.initDurationMilliseconds = value("@initDuration").flatMap(Double.init)
            for (field, path) in [
                ("@memorySize", \ReportFields.memorySizeMegabytes), ("@maxMemoryUsed", \.maxMemoryUsedMegabytes),
            ] {
                guard let text = value(field) else { continue }
                guard let mb = Double(text).flatMap({ Int(checked: $0 / 1e6, rounding: .toNearestOrAwayFromZero) }) else {
                    ingest.malformed(line: line, "Insights \(field) is `\(text)`, not a memory size in bytes")
                    return
                }
                r[keyPath: path] = mb
            }
            r.traceId = value("@xrayTraceId").map { LogId($0) }
            ingest.record(.report(r), meta: meta)
        default:
            ingest.ignore(.applicationOutput)
        }
    }
}
