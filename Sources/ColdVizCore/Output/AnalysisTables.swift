import ColdVizStats
import Foundation

/// The human-readable renderings of an analysis: an aligned table for terminals and Markdown for
/// pull requests, each followed by the accounting of the input.
public enum AnalysisTables {
    /// The cold-start table: one row per group, init duration statistics in ms.
    /// Columns for proactive and provisioned inits appear when some group has one.
    public static func coldStarts(_ a: Analysis) -> TextTable {
        let ps = a.probabilities
        let proactive = a.groups.contains { $0.proactiveInits > 0 }
        let provisioned = a.groups.contains { $0.provisionedInits > 0 }
        let preinitialised = (proactive ? ["proactive"] : []) + (provisioned ? ["provisioned"] : [])
        var t = TextTable(
            headers: a.groupBy.map(\.rawValue) + ["invocations", "cold", "cold%"] + preinitialised + ["fails"]
                + ps.map { Statistic.percentileName($0) } + ["max"],
            rightAligned: a.groupBy.map { _ in false } + Array(repeating: true, count: 5 + preinitialised.count + ps.count))
        for g in a.groups {
            let s = g.initDuration
            t.rows.append(
                keyCells(g) + [String(g.invocations), String(g.coldStarts), NumberFormatting.percent(g.coldStartRate)]
                    + (proactive ? [String(g.proactiveInits)] : []) + (provisioned ? [String(g.provisionedInits)] : [])
                    + [String(g.initFailures)] + ps.map { percentile(s, $0) } + [ms(s?.max)])
        }
        return t
    }

    /// The invocation table: durations of cold and warm invocations, billed duration, memory, cost.
    public static func invocations(_ a: Analysis) -> TextTable {
        var t = TextTable(
            headers: a.groupBy.map(\.rawValue) + [
                "cold p50", "cold p95", "warm p50",
                "warm p95", "billed p50", "mem p95", "$/1M",
            ],
            rightAligned: a.groupBy.map { _ in false } + Array(repeating: true, count: 7))
        for g in a.groups {
            t.rows.append(
                keyCells(g) + [
                    percentile(g.durationCold, 0.5), percentile(g.durationCold, 0.95),
                    percentile(g.durationWarm, 0.5), percentile(g.durationWarm, 0.95), percentile(g.billedDuration, 0.5),
                    percentile(g.maxMemoryUsed, 0.95, unit: "MB"),
                    "$" + NumberFormatting.grouped(g.cost.usdPerMillionInvocations, decimals: 2),
                ])
        }
        return t
    }

    private static let invocationsHeading =
        "Duration and Billed Duration (ms), Max Memory Used p95, cost in USD per million invocations"

    private static func ms(_ v: Double?) -> String { v.map { NumberFormatting.milliseconds($0) } ?? "—" }

    /// Group values, long ones shortened in the middle so the table stays readable at 100 columns.
    private static func keyCells(_ g: GroupStatistics) -> [String] {
        g.key.map { k in
            guard k.value.count > 32 else { return k.value }
            return String(k.value.prefix(15)) + "…" + String(k.value.suffix(16))
        }
    }

    /// A percentile with `*` when its sample is below 10/(1-p).
    private static func percentile(_ s: Summary?, _ p: Double, unit: String = "") -> String {
        guard let v = s?.percentile(p) else { return "—" }
        let text =
            (unit == "MB" ? NumberFormatting.grouped(v.value, decimals: 0) + " MB" : NumberFormatting.milliseconds(v.value))
        return v.isLowSample ? text + "*" : text
    }

    /// Accounting lines: where every event went, and the first problems with their locations.
    public static func accountingLines(_ a: Analysis, problemLimit: Int = 10) -> [String] {
        let d = a.dataset, acc = d.accounting
        let cold = d.count(.cold, from: .report), suppressed = d.count(.suppressedInit, from: .report)
        let restores = d.count(.restore, from: .report), warm = d.count(.warm, from: .report)
        let proactive = d.count(.proactive, from: .report), provisioned = d.count(.provisioned, from: .report)
        let preinitialised =
            (proactive > 0 ? ", proactive inits \(proactive)" : "") + (provisioned > 0 ? ", provisioned \(provisioned)" : "")
        var lines = [
            "files read: \(d.files.count)" + (d.fileErrors > 0 ? " (\(d.fileErrors) with errors)" : ""),
            "events: \(acc.events) = \(acc.records) records + \(acc.ignored) ignored + \(acc.malformed) malformed + \(acc.duplicates) duplicates"
                + (acc.isReconciled ? "" : "  (DOES NOT RECONCILE)"),
            "REPORT records: \(acc.reports) (cold \(cold), warm \(warm), suppressed-init cold \(suppressed), SnapStart restores \(restores)\(preinitialised))",
            "other records: START \(acc.starts), END \(acc.ends), INIT_START \(acc.initStarts), INIT_REPORT \(acc.initReports), RESTORE \(acc.restoreEvents), failure lines \(acc.failureMarkers)",
            "failed inits: \(d.initFailures.count); initialisations no request waited for: \(d.preinitialisedEnvironments)",
        ]
        if acc.deployments > 0 || !a.time.deployments.isEmpty {
            let given = a.time.deployments.filter { $0.origin == .flag || $0.origin == .config }.count
            let seen = a.time.deployments.filter { $0.origin == .logs }.count
            lines.append(
                "deployments: \(a.time.deployments.count) (\(acc.deployments) from CloudTrail, \(given) given, \(seen) seen in the logs)"
            )
        }
        let ignored = IgnoredReason.allCases.filter { acc.ignoredByReason[$0.rawValue] > 0 }
            .map { "\($0.label) \(acc.ignoredByReason[$0.rawValue])" }
        if !ignored.isEmpty { lines.append("ignored: " + ignored.joined(separator: ", ")) }
        lines.append("malformed: \(acc.malformed); duplicates dropped: \(acc.duplicates)")
        let j = d.joins
        if d.joins.tracesWithoutLog > 0 {
            let traced = d.invocations.filter { $0.source == .trace }
            lines.append(
                "invocations known only from X-Ray traces: \(traced.count) (cold \(traced.filter { $0.category == .cold }.count))"
            )
        }
        if acc.traceSegments + acc.appLogs + acc.importTimeLines > 0 {
            lines.append(
                "explaining records: X-Ray segments \(acc.traceSegments), app logs \(acc.appLogs), import-time lines \(acc.importTimeLines)"
            )
            lines.append(
                "joins: invocations with a trace \(j.invocationsWithTrace), cold starts with import timings \(j.coldStartsWithImportTimings)"
            )
            lines.append(
                "  app logs matched \(j.appLogsMatched), unmatched \(j.appLogsUnmatched); cold-start disagreements \(j.coldStartDisagreements)"
            )
        }
        for p in d.problems.prefix(problemLimit) { lines.append("  " + p.formatted) }
        if d.problems.count > problemLimit {
            lines.append("  ... and \(d.problems.count - problemLimit) more (see --format json)")
        }
        for w in d.warnings.prefix(problemLimit) { lines.append("  warning: " + w.formatted) }
        return lines
    }

    /// The terminal rendering.
    public static func renderTable(_ a: Analysis) -> String {
        let by = a.groupBy.map(\.rawValue).joined(separator: ", ")
        var out = "Cold starts by \(by): invocations, cold starts, failed inits, Init Duration (ms)\n\n"
        out += coldStarts(a).renderAligned()
        out += "\n\(invocationsHeading)\n\n"
        out += invocations(a).renderAligned()
        out += "\n* fewer samples than 10/(1-p): the percentile is not reliable (p99 needs 1,000).\n"
        out += "Percentiles: type 7 (numpy's default 'linear').\n\nInput\n"
        out += accountingLines(a).map { "  " + $0 }.joined(separator: "\n") + "\n"
        return out
    }

    /// The Markdown rendering, for pull requests.
    public static func renderMarkdown(_ a: Analysis) -> String {
        var out = "### Cold starts by \(a.groupBy.map(\.rawValue).joined(separator: ", "))\n\n"
        out +=
            "Init Duration percentiles in ms. `*` marks a percentile with fewer samples than 10/(1-p); percentiles are type 7 (numpy's default).\n\n"
        out += coldStarts(a).renderMarkdown()
        out += "\n\(invocationsHeading)\n\n"
        out += invocations(a).renderMarkdown() + "\n"
        out += "<details><summary>Input accounting</summary>\n\n"
        out += accountingLines(a).map { "- " + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
        out += "\n\n</details>\n"
        return out
    }
}
