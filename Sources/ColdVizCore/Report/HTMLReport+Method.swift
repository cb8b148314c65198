extension HTMLReport {
    /// Definitions of what is counted and how, then provenance: version and exact command line.
    static func methodSection(_ c: ReportContent) -> String {
        var out = "<section id=\"method\">\n<h2>Method</h2>\n<dl class=\"defs\">\n"
        for (term, definition) in definitions(c.analysis.probabilities) {
            out += "<dt>\(HTMLText.escape(term))</dt><dd>\(HTMLText.escape(definition))</dd>\n"
        }
        out += "</dl>\n<h3>Provenance</h3>\n"
        out += "<p>coldviz <strong>\(HTMLText.escape(c.provenance.version))</strong>"
        if let time = c.provenance.timestamp { out += ", made \(HTMLText.escape(time))" }
        out += ". The same input and command give the same page, byte for byte"
        out += c.provenance.timestamp == nil ? " (no time is written unless <code>--timestamp</code>)" : ", less the time"
        out += ". Command line:</p>\n"
        out += "<pre class=\"command\"><code>\(HTMLText.escape(c.provenance.commandLine))</code></pre>\n"
        out += "</section>\n"
        return out
    }

    /// The terms of the tables and charts, in the words of the README's Definitions.
    static func definitions(_ probabilities: [Double]) -> [(String, String)] {
        [
            ("Invocation", "A REPORT record (or platform.report); its time is the REPORT's event time."),
            (
                "Cold start",
                "An invocation whose REPORT carries Init Duration: the request waited for an on-demand Init phase. "
                    + "Init Duration is only ever taken from that field, never from Billed Duration − Duration."
            ),
            (
                "Suppressed-init cold start",
                "The first invocation after a timeout, a crash, a failed init or an INIT_REPORT of phase invoke, or the "
                    + "first of an environment whose INIT_START is in the data but whose REPORT has no Init Duration: "
                    + "Lambda re-ran init inside the invocation, so its init time is hidden in Duration. Counted apart, "
                    + "not in the cold-start rate."
            ),
            ("SnapStart restore", "An invocation whose REPORT carries Restore Duration; counted apart."),
            ("Failed init", "An INIT_REPORT (or platform.initReport) with status error, failure or timeout."),
            ("Cold-start rate", "Cold starts / invocations of the group."),
            (
                "Percentiles",
                "Hyndman & Fan type 7, numpy's default “linear” interpolation: for n sorted values, p is at position "
                    + "(n − 1)·p, interpolated between its neighbours."
            ),
            (
                "Minimum sample (10/(1−p))",
                "A percentile from fewer than 10/(1−p) values is marked * (" + minimumSamplesText(probabilities)
                    + "): too few values lie beyond it for it to be stable. Charts mark groups of fewer than 10 values with †."
            ),
            (
                "Check verdicts",
                "A statistic regresses when its change exceeds the allowed increase and its BCa bootstrap interval "
                    + "lies above zero; insufficient when a side has fewer values than 10/(1−p)."
            ),
            (
                "Event accounting",
                "Every event read is a record, ignored (application output and the like), malformed (listed with file:line) or a duplicate of an overlapping export; the totals must add up."
            ),
        ]
    }
}
