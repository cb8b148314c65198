/// Reads coldviz's own record export back (docs/FORMATS.md §13): CSV with its header (`record,function,…`,
/// fields quoted or not, as Athena writes them) or JSON lines (`{"record": …}`). One row is one event: a
/// record, or malformed with its line. O(n), one line at a time.
struct ExportedRecordReader {
    let bytes: UnsafeRawBufferPointer
    let context: FileContext

    /// Whether `bytes` starts like an export: the CSV header's first columns or a JSON line's first key.
    static func recognises(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let heads = ["record,function,", "\"record\",\"function\",", "{\"record\":\""]
        return heads.contains { head in
            head.utf8.count <= bytes.count && zip(head.utf8, bytes).allSatisfy { $0 == $1 }
        }
    }

    func read(into ingest: inout FileIngest) {
        var header: [String]?
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            let end = bytes.firstIndex(of: asciiNewline, from: start) ?? bytes.count
            lineNumber += 1
            var line = String(decoding: bytes.slice(start..<end), as: UTF8.self)
            start = end + 1
            if line.hasSuffix("\r") { line.removeLast() }
            if line.isEmpty { continue }
            if line.hasPrefix("{") {
                readJSON(line, line: lineNumber, into: &ingest)
            } else if let names = header {
                guard let fields = Self.csvFields(line), fields.count == names.count else {
                    ingest.malformed(line: lineNumber, "an export row with other columns than its header (\(names.count))")
                    continue
                }
                let row = Dictionary(zip(names, fields), uniquingKeysWith: { first, _ in first })
                add(
                    ExportedRecord.parse(fileIndex: ingest.fileIndex, line: lineNumber) {
                        row[$0].flatMap { $0.isEmpty ? nil : $0 }
                    }, line: lineNumber, into: &ingest)
            } else {
                header = Self.csvFields(line)
                ingest.ignore(.exportHeader)
            }
        }
    }

    private func readJSON(_ text: String, line: Int, into ingest: inout FileIngest) {
        guard let object = JSONValue.parsing(text), object.objectValue != nil else {
            ingest.malformed(line: line, "an export line that is not a JSON object")
            return
        }
        add(
            ExportedRecord.parse(fileIndex: ingest.fileIndex, line: line) { column in
                guard let v = object[column], !v.isNull else { return nil }
                return v.stringValue ?? v.doubleValue.map { JSONWriter.number($0) }
            }, line: line, into: &ingest)
    }

    private func add(_ parsed: Result<ExportedRecord, ExportedRecord.RowError>, line: Int, into ingest: inout FileIngest) {
        switch parsed {
        case .success(let record): ingest.consume(exported: record)
        case .failure(let error): ingest.malformed(line: line, "export row: " + error.message)
        }
    }

    /// The fields of one CSV line (RFC 4180 quoting, no line breaks inside a field); nil when a quote is
    /// left open. O(length).
    static func csvFields(_ line: String) -> [String]? {
        var fields: [String] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" {
                    // A doubled quote is one quote; a single one ends the quoted part.
                    if let next = chars.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            if next == "," {
                                fields.append(field)
                                (field, wasQuoted) = ("", false)
                            } else {
                                field.append(next)
                            }
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "," {
                fields.append(field)
                (field, wasQuoted) = ("", false)
            } else if c == "\"" && field.isEmpty && !wasQuoted {
                (quoted, wasQuoted) = (true, true)
            } else {
                field.append(c)
            }
        }
        guard !quoted else { return nil }
        fields.append(field)
        return fields
    }
}
