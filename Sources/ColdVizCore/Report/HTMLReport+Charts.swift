extension HTMLReport {
    /// Every chart as a figure with its caption, then the kinds left out and why.
    static func chartsSection(_ c: ReportContent) -> String {
        var out = "<section id=\"charts\">\n<h2>Charts</h2>\n"
        out += "<p class=\"note\">The charts <code>coldviz plot</code> draws, grouped by "
        out += HTMLText.escape(dimensionList(c.chartGroupBy))
        out += ". A group marked † has fewer than 10 values; a percentile marked * has fewer than 10/(1−p).</p>\n"
        if c.charts.isEmpty { out += "<p>No chart: the data has no cold start to draw.</p>\n" }
        for (i, chart) in c.charts.enumerated() { out += figure(chart, index: i) }
        if !c.skippedCharts.isEmpty {
            out += "<p class=\"note\">Not drawn: " + c.skippedCharts.map(HTMLText.escape).joined(separator: "; ") + ".</p>\n"
        }
        out += "</section>\n"
        return out
    }

    /// `<figure>` with the light SVG, the dark one (shown instead under a dark colour scheme) and the caption.
    /// An SVG that cannot be embedded safely is replaced by a note.
    static func figure(_ chart: ReportChart, index: Int) -> String {
        let id = "chart-" + HTMLText.anchor(chart.name)
        var out =
            "<figure class=\"chart chart-\(HTMLText.anchor(chart.kind))\" id=\"\(id)\" data-kind=\"\(HTMLText.escape(chart.kind))\">\n"
        let themes: [(String, String?)] = [("light", chart.lightSVG), ("dark", chart.darkSVG)]
        for (theme, svg) in themes {
            guard let svg else { continue }
            let wrapper = chart.darkSVG == nil ? "<div>" : "<div class=\"theme-\(theme)\">"
            do {
                let inline = try InlineSVG.embed(
                    svg, idPrefix: "c\(index)\(theme.prefix(1))-", title: chart.title, description: chart.caption)
                out += wrapper + inline + "</div>\n"
            } catch {
                out +=
                    wrapper
                    + "<p class=\"note\">This chart could not be embedded: \(HTMLText.escape(error.description)).</p></div>\n"
            }
        }
        out += "<figcaption><strong>\(HTMLText.escape(chart.title))</strong>\(HTMLText.escape(chart.caption))</figcaption>\n"
        out += "</figure>\n"
        return out
    }
}
