import Foundation

extension HTMLReport {
    /// Problems listed on the page; the rest are counted (`analyze --format json` lists them all).
    static let problemLimit = 200

    /// What was read: the counts, the time span, the grouping, the event accounting, the problems.
    static func inputSection(_ c: ReportContent) -> String {
        let a = c.analysis, d = a.dataset
        let cold = d.count(.cold)
        var out = "<section id=\"input\">\n<h2>What was read</h2>\n<dl class=\"facts\">"
        let facts: [(String, String)] = [
            ("files", number(d.files.count) + (d.fileErrors > 0 ? " (\(number(d.fileErrors)) with errors)" : "")),
            ("invocations", number(d.invocations.count)),
            ("cold starts", number(cold)),
            (
                "cold-start rate",
                d.invocations.isEmpty ? "—" : NumberFormatting.percent(Double(cold) / Double(d.invocations.count))
            ),
            ("failed inits", number(d.initFailures.count)),
            ("problems", number(d.problems.count)),
        ]
        for (name, value) in facts { out += "<div><dt>\(name)</dt><dd>\(HTMLText.escape(value))</dd></div>" }
        out += "</dl>\n<p>"
        out += "Time span: " + (timeSpan(d).map(HTMLText.escape) ?? "none (no REPORT carries a timestamp)") + ".<br/>"
        out += "Statistics grouped by <strong>" + HTMLText.escape(dimensionList(a.groupBy)) + "</strong>"
        out += " (\(count(a.groups.count, "group"))); charts grouped by "
        out += "<strong>" + HTMLText.escape(dimensionList(c.chartGroupBy)) + "</strong>.</p>\n"
        out += "<h3>Event accounting</h3>\n"
        let acc = d.accounting
        out += "<p>Every event read is a record, ignored, malformed or a duplicate: "
        out +=
            "<strong>\(number(acc.events)) = \(number(acc.records)) + \(number(acc.ignored)) + \(number(acc.malformed)) + \(number(acc.duplicates))</strong> "
        out +=
            acc.isReconciled
            ? "<span class=\"verdict-pass\">reconciles</span>.</p>\n"
            : "<span class=\"verdict-fail\">DOES NOT RECONCILE</span>.</p>\n"
        out += "<ul>\n"
        for line in AnalysisTables.accountingLines(a, problemLimit: 0)
        where !line.hasPrefix("  ... and ") && !line.hasPrefix("events: ") {
            out += "<li>\(HTMLText.escape(line.trimmingCharacters(in: .whitespaces)))</li>\n"
        }
        out += "</ul>\n"
        out += problemList("Problems", d.problems, none: "No problem: every event was read.")
        if !d.warnings.isEmpty { out += problemList("Warnings", d.warnings, none: "") }
        out += "</section>\n"
        return out
    }

    private static func problemList(_ title: String, _ problems: [InputProblem], none: String) -> String {
        var out = "<h3>\(title)</h3>\n"
        guard !problems.isEmpty else { return out + "<p>\(none)</p>\n" }
        out += "<ul class=\"problems\">\n"
        for p in problems.prefix(problemLimit) {
            let place = p.file + (p.line.map { ":\($0)" } ?? "")
            out += "<li><code>\(HTMLText.escape(place))</code>: \(HTMLText.escape(p.message))</li>\n"
        }
        out += "</ul>\n"
        if problems.count > problemLimit {
            out += "<p class=\"note\">… and \(number(problems.count - problemLimit)) more; "
            out += "<code>coldviz analyze --format json</code> lists them all.</p>\n"
        }
        return out
    }

    /// `2024-03-04 10:00:01 UTC to 2024-03-04 18:02:13 UTC (8 h 2 min)` over the invocations' completion times.
    static func timeSpan(_ d: Dataset) -> String? {
        var first = Int64.max, last = Int64.min
        for i in d.invocations.indices {
            guard let t = d.invocations[i].completionMilliseconds else { continue }
            first = min(first, t)
            last = max(last, t)
        }
        guard first <= last else { return nil }
        func text(_ ms: Int64) -> String {
            Timestamp.formatISO8601(milliseconds: ms).prefix(19).replacingOccurrences(of: "T", with: " ") + " UTC"
        }
        return "\(text(first)) to \(text(last)) (\(duration(last - first)))"
    }

    /// `8 h 2 min`, `3 min 5 s`, `12.3 s`.
    static func duration(_ ms: Int64) -> String {
        let s = ms / 1000
        if s >= 86_400 { return "\(s / 86_400) d \((s % 86_400) / 3600) h" }
        if s >= 3600 { return "\(s / 3600) h \((s % 3600) / 60) min" }
        if s >= 60 { return "\(s / 60) min \(s % 60) s" }
        return NumberFormatting.grouped(Double(ms) / 1000, decimals: 1) + " s"
    }
}
