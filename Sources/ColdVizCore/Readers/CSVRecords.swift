/// RFC 4180 CSV records: quoted fields may hold commas, doubled quotes and line breaks.
struct CSVRecords {
    var line: Int
    var fields: [String]

    /// All records of `bytes`, each with the line it starts on. O(n).
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [CSVRecords] {
        var records: [CSVRecords] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var line = 1, recordLine = 1
        var i = 0
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b); i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == asciiNewline { line += 1 }
                    field.append(b)
                }
            } else if b == UInt8(ascii: "\"") {
                inQuotes = true
            } else if b == UInt8(ascii: ",") {
                endField()
            } else if b == asciiNewline {
                endField()
                records.append(CSVRecords(line: recordLine, fields: fields))
                fields = []
                line += 1
                recordLine = line
            } else if b != asciiReturn {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(CSVRecords(line: recordLine, fields: fields))
        }
        return records
    }
}
