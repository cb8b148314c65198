import Foundation

/// Writes exported rows as CSV (RFC 4180, header row) or JSON lines (one object per row, nulls kept).
public enum RecordWriters {
    /// CSV text of `rows`. O(n).
    public static func csv(_ rows: [ExportRow]) -> String {
        var out = ExportRow.columns.joined(separator: ",") + "\r\n"
        for row in rows {
            out +=
                row.values.map { v -> String in
                    switch v {
                    case .text(let s), .optionalText(.some(let s)): quote(s)
                    case .optionalReal(.some(let d)): JSONWriter.number(d)
                    case .optionalInteger(.some(let i)): String(i)
                    default: ""
                    }
                }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// JSON lines of `rows`, keys in column order. O(n).
    public static func jsonLines(_ rows: [ExportRow]) -> String {
        var out = ""
        for row in rows {
            var w = JSONWriter(pretty: false)
            w.beginObject()
            for (name, v) in zip(ExportRow.columns, row.values) {
                switch v {
                case .text(let s): w.value(name, s)
                case .optionalText(let s): w.value(name, s)
                case .optionalReal(let d): w.value(name, d)
                case .optionalInteger(let i): w.value(name, i)
                }
            }
            w.endObject()
            out += w.output + "\n"
        }
        return out
    }

    private static func quote(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
