/// Renders a ``ReportContent`` as one self-contained HTML page: inline CSS and SVG, no script, no
/// network. Pure: the same content gives the same bytes. Every value from the logs is escaped.
public enum HTMLReport {
    /// The whole page. O(size of the charts and tables).
    public static func render(_ c: ReportContent) -> String {
        let by = c.analysis.groupBy.map(\.rawValue).joined(separator: ", ")
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"color-scheme\" content=\"light dark\"/>\n"
        out += "<meta name=\"generator\" content=\"coldviz \(HTMLText.escape(c.provenance.version))\"/>\n"
        out += "<title>Cold starts by \(HTMLText.escape(by)) — coldviz report</title>\n"
        out += "<style>\n\(styleSheet)\n</style>\n</head>\n<body>\n<main>\n"
        out += header(c)
        out += inputSection(c)
        out += tablesSection(c)
        out += chartsSection(c)
        if let check = c.check { out += checkSection(check) }
        out += methodSection(c)
        out += "<footer><p>Made by coldviz \(HTMLText.escape(c.provenance.version)) from the input counted above; "
        out += "this page loads nothing from the network.</p></footer>\n"
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private static func header(_ c: ReportContent) -> String {
        var out = "<header>\n<h1>Lambda cold starts</h1>\n"
        out += "<p class=\"lede\">A coldviz report of \(count(c.analysis.dataset.files.count, "file")): "
        out += "statistics, charts and the method behind them.</p>\n"
        out += "<nav class=\"toc\" aria-label=\"Contents\"><ul>"
        var links = [("input", "What was read"), ("statistics", "Statistics"), ("charts", "Charts")]
        if c.check != nil { links.append(("check", "Against the baseline")) }
        links.append(("method", "Method"))
        for (id, text) in links { out += "<li><a href=\"#\(id)\">\(text)</a></li>" }
        out += "</ul></nav>\n</header>\n"
        return out
    }

    /// `<table>` of `t` in a horizontally scrolling wrapper; right-aligned columns get class `num`;
    /// a trailing `*` on a number becomes a low-sample mark explained by its tooltip.
    static func table(_ t: TextTable, caption: String? = nil, cellClass: (Int, String) -> String? = { _, _ in nil })
        -> String
    {
        var out = "<div class=\"table-wrap\"><table>"
        if let caption { out += "<caption class=\"note\">\(HTMLText.escape(caption))</caption>" }
        out += "<thead><tr>"
        for (i, h) in t.headers.enumerated() {
            out += (t.rightAligned[i] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">") + HTMLText.escape(h) + "</th>"
        }
        out += "</tr></thead><tbody>\n"
        for row in t.rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                var classes: [String] = []
                if t.rightAligned[i] { classes.append("num") }
                if let extra = cellClass(i, cell) { classes.append(extra) }
                out += classes.isEmpty ? "<td>" : "<td class=\"\(classes.joined(separator: " "))\">"
                if t.rightAligned[i], cell.hasSuffix("*"), cell.count > 1 {
                    out += HTMLText.escape(String(cell.dropLast()))
                    out += "<sup title=\"fewer samples than 10/(1−p): not reliable\">*</sup>"
                } else {
                    out += HTMLText.escape(cell)
                }
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>\n"
        return out
    }

    /// `1 file`, `3 files`, with thousands separators.
    static func count(_ n: Int, _ noun: String) -> String {
        NumberFormatting.grouped(Double(n), decimals: 0) + " " + noun + (n == 1 ? "" : "s")
    }

    /// `method, python, memory`.
    static func dimensionList(_ dimensions: [Dimension]) -> String { dimensions.map(\.rawValue).joined(separator: ", ") }

    /// A whole number with thousands separators.
    static func number(_ n: Int) -> String { NumberFormatting.grouped(Double(n), decimals: 0) }
}
