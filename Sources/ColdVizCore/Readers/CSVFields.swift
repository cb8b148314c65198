/// The header of a record export's CSV: how many fields a row has, and which field holds each column.
struct CSVHeader: Sendable {
    let count: Int
    /// By ``ExportColumn`` position: the field of that column, or -1.
    private let fieldOfColumn: [Int]

    /// The header on `line` (unreadable: no columns, so that every row is malformed).
    init(_ line: UnsafeRawBufferPointer) {
        var fields = CSVFields()
        var table = [Int](repeating: -1, count: ExportColumn.allCases.count)
        if fields.split(line) {
            count = fields.count
            for k in (0..<fields.count).reversed() {
                if let column = fields.text(k).flatMap { ExportColumn(name: $0) } { table[column.rawValue] = k }
            }
        } else {
            count = 0
        }
        fieldOfColumn = table
    }

    /// The field holding `column`, nil when the header has none.
    func field(of column: ExportColumn) -> Int? {
        let k = fieldOfColumn[column.rawValue]
        return k < 0 ? nil : k
    }
}

/// The fields of one CSV line (RFC 4180 quoting, no line break inside a field), as byte ranges of the line:
/// split once per line, reused from line to line, a field's text made only when asked for.
struct CSVFields {
    private var line = UnsafeRawBufferPointer(start: nil, count: 0)
    /// Each field's bytes within `line`: its content when quoted, and whether that content needs unquoting
    /// (a doubled quote, or text after the closing quote).
    private var ranges: [(range: Range<Int>, unquote: Bool)] = []

    var count: Int { ranges.count }

    /// Splits `line`; false when a quote is left open. O(length).
    mutating func split(_ line: UnsafeRawBufferPointer) -> Bool {
        self.line = line
        ranges.removeAll(keepingCapacity: true)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
        var i = 0
        while true {
            if i < line.count, line[i] == quote {
                // Quoted: up to the quote not doubled; anything after it, up to the comma, is unusual.
                var j = i + 1
                var unquote = false
                while true {
                    guard let q = line.firstIndex(of: quote, from: j) else { return false }
                    if q + 1 < line.count, line[q + 1] == quote {
                        (j, unquote) = (q + 2, true)
                        continue
                    }
                    j = q + 1
                    break
                }
                let end = line.firstIndex(of: comma, from: j) ?? line.count
                if end > j || unquote {
                    ranges.append((i..<end, true))
                } else {
                    ranges.append((i + 1..<j - 1, false))
                }
                i = end
            } else {
                let end = line.firstIndex(of: comma, from: i) ?? line.count
                ranges.append((i..<end, false))
                i = end
            }
            guard i < line.count else { return true }
            i += 1  // past the comma
        }
    }

    /// Field `k`'s text; nil when it is empty.
    func text(_ k: Int) -> String? {
        let (range, unquote) = ranges[k]
        guard !range.isEmpty else { return nil }
        guard unquote else { return String(decoding: line.slice(range), as: UTF8.self) }
        return Self.unquoted(line.slice(range))
    }

    /// The text of a field that starts with a quote: doubled quotes inside the quoted part are one, and
    /// text after the closing quote is kept (as the RFC's lenient readers do).
    private static func unquoted(_ raw: UnsafeRawBufferPointer) -> String? {
        var out: [UInt8] = []
        var i = 1
        var quoted = true
        while i < raw.count {
            let b = raw[i]
            if quoted && b == UInt8(ascii: "\"") {
                if i + 1 < raw.count, raw[i + 1] == UInt8(ascii: "\"") {
                    out.append(b)
                    i += 2
                    continue
                }
                quoted = false
            } else {
                out.append(b)
            }
            i += 1
        }
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
    }
}
