import ColdVizStats

extension HTMLReport {
    /// The tables `analyze` prints, then lifecycle columns when the data has suppressed inits,
    /// SnapStart restores or failed inits.
    static func tablesSection(_ c: ReportContent) -> String {
        let a = c.analysis
        let by = a.groupBy.map(\.rawValue).joined(separator: ", ")
        var out = "<section id=\"statistics\">\n<h2>Statistics</h2>\n"
        out += "<h3>Cold starts by \(HTMLText.escape(by))</h3>\n"
        out += "<p class=\"note\">Invocations, cold starts, the cold-start rate, failed inits, and Init Duration "
        out += "percentiles of the cold starts in ms.</p>\n"
        out += table(fullKeys(AnalysisTables.coldStarts(a), a))
        out += "<p class=\"note\"><sup>*</sup> fewer samples than 10/(1−p): the percentile is not reliable "
        out +=
            "(" + HTMLText.escape(minimumSamplesText(a.probabilities)) + "). Percentiles are type 7 (numpy's default “linear”); "
        out += "— marks a group without values.</p>\n"
        out += "<h3>Duration, billed duration and memory</h3>\n"
        out +=
            "<p class=\"note\">Duration (ms) of cold and warm invocations, Billed Duration (ms) p50, Max Memory Used p95.</p>\n"
        out += table(fullKeys(AnalysisTables.invocations(a), a))
        if let billed = billedTable(c) {
            out += "<h3>Billed compute</h3>\n"
            out += "<p class=\"note\">Billed Duration × Memory Size in GB-seconds, the unit of Lambda's duration price "
            out += "(no price is assumed), and the part billed to cold starts.</p>\n"
            out += table(billed)
        }
        if let lifecycle = lifecycleTable(a) {
            out += "<h3>Lifecycle</h3>\n"
            out += "<p class=\"note\">How each group's invocations started: suppressed-init cold starts and SnapStart "
            out += "restores are counted apart from cold starts (see Method).</p>\n"
            out += table(lifecycle)
        }
        out += "</section>\n"
        return out
    }

    /// `t` (a table of `analyze`, one row per group) with each group's values in full: the terminal
    /// shortens long ones in the middle, the page scrolls instead.
    static func fullKeys(_ t: TextTable, _ a: Analysis) -> TextTable {
        var t = t
        for (i, g) in a.groups.enumerated() where i < t.rows.count {
            t.rows[i].replaceSubrange(0..<g.key.count, with: g.key.map(\.value))
        }
        return t
    }

    /// Per group: billed invocations, GB-seconds, per 1,000 invocations, cold starts' share; nil without billing data.
    static func billedTable(_ c: ReportContent) -> TextTable? {
        guard !c.billedCompute.isEmpty else { return nil }
        let by = c.analysis.groupBy.map(\.rawValue)
        let headers = by + ["billed invocations", "GB-s", "GB-s per 1,000", "cold starts' share"]
        var t = TextTable(headers: headers, rightAligned: by.map { _ in false } + [true, true, true, true])
        for g in c.billedCompute {
            let share = g.gigabyteSeconds > 0 ? NumberFormatting.percent(g.coldGigabyteSeconds / g.gigabyteSeconds) : "—"
            t.rows.append(
                g.key + [
                    number(g.billedInvocations), NumberFormatting.grouped(g.gigabyteSeconds, decimals: 2),
                    NumberFormatting.grouped(g.gigabyteSeconds / Double(g.billedInvocations) * 1000, decimals: 1), share,
                ])
        }
        return t
    }

    /// Per group: warm starts, and the suppressed-init, proactive, provisioned, restore and failed-init columns
    /// the data has; nil when none has any.
    static func lifecycleTable(_ a: Analysis) -> TextTable? {
        let suppressed = a.groups.contains { $0.suppressedInitColdStarts > 0 }
        let proactive = a.groups.contains { $0.proactiveInits > 0 }
        let provisioned = a.groups.contains { $0.provisionedInits > 0 }
        let restores = a.groups.contains { $0.restores > 0 }
        let failures = a.groups.contains { $0.initFailures > 0 }
        guard suppressed || proactive || provisioned || restores || failures else { return nil }
        var headers = a.groupBy.map(\.rawValue) + ["invocations", "cold", "warm"]
        if suppressed { headers.append("suppressed-init") }
        if proactive { headers += ["proactive inits", "proactive p50"] }
        if provisioned { headers.append("provisioned inits") }
        if restores { headers += ["restores", "restore p50", "restore p95"] }
        if failures { headers.append("failed inits") }
        var t = TextTable(
            headers: headers,
            rightAligned: a.groupBy.map { _ in false } + Array(repeating: true, count: headers.count - a.groupBy.count))
        for g in a.groups {
            var row = g.key.map(\.value) + [number(g.invocations), number(g.coldStarts), number(g.warmStarts)]
            if suppressed { row.append(number(g.suppressedInitColdStarts)) }
            if proactive { row += [number(g.proactiveInits), percentile(g.proactiveInitDuration, 0.5)] }
            if provisioned { row.append(number(g.provisionedInits)) }
            if restores { row += [number(g.restores), percentile(g.restoreDuration, 0.5), percentile(g.restoreDuration, 0.95)] }
            if failures { row.append(number(g.initFailures)) }
            t.rows.append(row)
        }
        return t
    }

    /// `p50 needs 20, p95 needs 200`: the 10/(1−p) rule for the reported percentiles.
    static func minimumSamplesText(_ probabilities: [Double]) -> String {
        probabilities.map {
            Statistic.percentileName($0) + " needs " + number(Quantile.minimumSampleSize(probability: $0))
        }.joined(separator: ", ")
    }

    private static func percentile(_ s: Summary?, _ p: Double) -> String {
        guard let v = s?.percentile(p) else { return "—" }
        return NumberFormatting.milliseconds(v.value) + (v.isLowSample ? "*" : "")
    }
}
