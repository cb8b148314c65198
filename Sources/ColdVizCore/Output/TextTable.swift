import Foundation

/// A table of strings rendered aligned for a terminal or as a Markdown table.
public struct TextTable: Sendable {
    /// Column titles; their count is the column count, so each row and ``rightAligned`` needs as many.
    public var headers: [String]
    /// Whether each column is right-aligned (numbers).
    public var rightAligned: [Bool]
    /// Body rows, in order; each needs one cell per header.
    public var rows: [[String]] = []

    /// Creates an empty table.
    public init(headers: [String], rightAligned: [Bool]) {
        self.headers = headers
        self.rightAligned = rightAligned
    }

    /// Columns padded to their widest cell, two spaces apart, a rule under the header.
    public func renderAligned() -> String {
        let widths = headers.indices.map { c in ([headers[c]] + rows.map { $0[c] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, s in
                let pad = String(repeating: " ", count: widths[c] - s.count)
                return rightAligned[c] ? pad + s : s + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = line(headers) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for r in rows { out += line(r) + "\n" }
        return out
    }

    /// A GitHub-flavoured Markdown table.
    public func renderMarkdown() -> String {
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = "| " + headers.map(esc).joined(separator: " | ") + " |\n"
        out += "|" + rightAligned.map { $0 ? "---:|" : "---|" }.joined() + "\n"
        for r in rows { out += "| " + r.map(esc).joined(separator: " | ") + " |\n" }
        return out
    }
}
