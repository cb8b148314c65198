import Foundation

/// Reads Logs Insights results rendered as text (docs/FORMATS.md §6.3): a Markdown table (console "copy as
/// Markdown" or scripts), the CLI's `--output table` boxes, or the console's CSV export.
struct InsightsTableReader {
    let bytes: UnsafeRawBufferPointer
    let context: FileContext

    private enum Shape { case markdown, box, csv }

    /// Whether the first lines look like one of the three renderings.
    static func recognises(_ bytes: UnsafeRawBufferPointer) -> Bool {
        // Every shape needs a `|` or an `@` in its first 60 lines: a byte search rules most files out
        // before any line becomes a `String`.
        var end = 0
        for _ in 0..<60 where end < bytes.count { end = (bytes.firstIndex(of: asciiNewline, from: end) ?? bytes.count) + 1 }
        let head = bytes.slice(0..<min(end, bytes.count))
        guard head.firstIndex(of: UInt8(ascii: "|"), from: 0) != nil || head.firstIndex(of: UInt8(ascii: "@"), from: 0) != nil
        else { return false }
        return shape(lines(bytes, limit: 60).map(\.text)) != nil
    }

    func read(into ingest: inout FileIngest) {
        let all = Self.lines(bytes)
        switch Self.shape(all.prefix(60).map(\.text)) {
        case .markdown: readMarkdown(all, into: &ingest)
        case .box: readBox(all, into: &ingest)
        case .csv: readCSV(into: &ingest)
        case nil: TextLogReader(bytes: bytes, context: context).read(into: &ingest)
        }
    }

    private static func shape(_ lines: [String]) -> Shape? {
        for (k, line) in lines.enumerated() {
            if has(line, "GetQueryResults") && line.hasPrefix("|") { return .box }
            if line.hasPrefix("|"), has(line, "@"), k + 1 < lines.count,
                lines[k + 1].hasPrefix("| ---") || lines[k + 1].hasPrefix("|---")
            {
                return .markdown
            }
        }
        if let first = lines.first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
            has(first, ","), has(first, "@timestamp") || has(first, "@message"), !first.hasPrefix("|")
        {
            return .csv
        }
        return nil
    }

    /// `line.contains(needle)` for an ASCII `needle`: a byte search when the line is ASCII too (where
    /// both agree), Foundation's `contains` otherwise. O(line).
    static func has(_ line: String, _ needle: StaticString) -> Bool {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else {
            let text = UnsafeRawBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
            return line.contains(String(decoding: text, as: UTF8.self))
        }
        var ascii = line
        return ascii.withUTF8 { UnsafeRawBufferPointer($0).firstIndex(of: needle) != nil }
    }

    /// The first `limit` lines (all by default) as text, with their 1-based numbers. O(bytes read).
    private static func lines(_ bytes: UnsafeRawBufferPointer, limit: Int = .max) -> [(number: Int, text: String)] {
        var out: [(Int, String)] = []
        var start = 0, number = 0
        while start < bytes.count, number < limit {
            number += 1
            let nl = bytes.firstIndex(of: asciiNewline, from: start) ?? bytes.count
            var end = nl
            if end > start, bytes[end - 1] == asciiReturn { end -= 1 }
            out.append((number, bytes.string(start..<end)))
            start = nl + 1
        }
        return out
    }

    private func readMarkdown(_ lines: [(number: Int, text: String)], into ingest: inout FileIngest) {
        var header: [String]?
        let rows = InsightsRowReader(context: context)
        for (k, line) in lines.enumerated() {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("|") else { header = nil; continue }
            let cells = Self.markdownCells(text)
            if header == nil {
                if k + 1 < lines.count, lines[k + 1].text.hasPrefix("| ---") || lines[k + 1].text.hasPrefix("|---") {
                    header = cells
                }
                continue
            }
            if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } }) { continue }
            let row = zip(header!, cells).map { (field: $0, value: Optional($1.replacingOccurrences(of: "$nl", with: "\n"))) }
            rows.consume(row: row, line: line.number, into: &ingest)
        }
    }

    private static func markdownCells(_ text: String) -> [String] {
        var body = Substring(text)
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") { body = body.dropLast() }
        return body.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// `||  field  |  value  |` pairs; a repeated field starts a new row, across pages.
    private func readBox(_ lines: [(number: Int, text: String)], into ingest: inout FileIngest) {
        var row: InsightsRowReader.Row = []
        var seen: Set<String> = []
        var rowLine = 0
        var inResults = false
        let rows = InsightsRowReader(context: context)
        for line in lines {
            let t = line.text.trimmingCharacters(in: .whitespaces)
            if t.contains(" results ") || t.hasSuffix("results") { inResults = true; continue }
            // The `results` box continues on the next CLI page without a title; `statistics` ends it.
            if t.contains(" statistics ") || t.hasSuffix("statistics") { inResults = false; continue }
            guard inResults, t.hasPrefix("||") else { continue }
            let cells = Self.markdownCells(String(t.dropFirst()))
            guard cells.count >= 2 else { continue }
            let field = cells[0], value = cells[1...].joined(separator: "|")
            if field == "field" && value == "value" { continue }
            if seen.contains(field) {
                rows.consume(row: row, line: rowLine, into: &ingest)
                row = []
                seen = []
            }
            if row.isEmpty { rowLine = line.number }
            seen.insert(field)
            row.append((field, value))
        }
        if !row.isEmpty { rows.consume(row: row, line: rowLine, into: &ingest) }
    }

    private func readCSV(into ingest: inout FileIngest) {
        let records = CSVRecords.parse(bytes)
        guard let header = records.first else { return }
        let rows = InsightsRowReader(context: context)
        for record in records.dropFirst() where !(record.fields.count == 1 && record.fields[0].isEmpty) {
            if record.fields.count != header.fields.count {
                ingest.malformed(
                    line: record.line, "CSV row has \(record.fields.count) fields, the header has \(header.fields.count)")
                continue
            }
            rows.consume(
                row: zip(header.fields, record.fields).map { (field: $0, value: Optional($1)) },
                line: record.line, into: &ingest)
        }
    }
}
