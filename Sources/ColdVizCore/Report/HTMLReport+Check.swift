extension HTMLReport {
    /// The `check` outcome against the baseline: headline, the verdict table, its notes, the compare chart.
    static func checkSection(_ check: ReportCheck) -> String {
        let r = check.report
        let tables = ComparisonTables.check
        let passed = r.passes(failOnInsufficient: check.failOnInsufficient)
        var out = "<section id=\"check\">\n<h2>Against the baseline</h2>\n"
        out += "<p>Baseline: <code>\(HTMLText.escape(check.baselinePath))</code>. The verdicts of "
        out += "<code>coldviz check</code> with the same settings.</p>\n"
        out += "<p class=\"\(passed ? "verdict-pass" : "verdict-fail")\">"
        out += HTMLText.escape(tables.headline(r, failOnInsufficient: check.failOnInsufficient)) + "</p>\n"
        let t = tables.table(r)
        let verdictColumn = t.headers.count - 1
        out += table(t) { column, cell in
            column == verdictColumn && !cell.isEmpty ? "v-" + HTMLText.anchor(cell) : nil
        }
        out += "<ul class=\"note\">\n"
        for line in tables.notes(r) { out += "<li>\(HTMLText.escape(line))</li>\n" }
        out += "</ul>\n"
        if let chart = check.chart { out += figure(chart, index: 10_000) }
        if let note = check.chartNote { out += "<p class=\"note\">\(HTMLText.escape(note))</p>\n" }
        out += "</section>\n"
        return out
    }
}
