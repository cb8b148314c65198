import ColdVizStats

/// The `--format json` document of `coldviz analyze` (schema version 1, described in the README).
public enum AnalysisJSON {
    /// Renders `analysis` as pretty-printed JSON with a stable key order.
    public static func render(_ analysis: Analysis) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.value("schemaVersion", 1)
        writeInputs(analysis, &w)
        w.beginArray("groupBy")
        for d in analysis.groupBy { w.value(nil, d.rawValue) }
        w.endArray()
        w.beginArray("percentiles")
        for p in analysis.probabilities { w.value(nil, p) }
        w.endArray()
        w.beginArray("groups")
        for g in analysis.groups { writeGroup(g, analysis.probabilities, &w) }
        w.endArray()
        w.endObject()
        return w.output + "\n"
    }

    private static func writeInputs(_ analysis: Analysis, _ w: inout JSONWriter) {
        let d = analysis.dataset
        let a = d.accounting
        w.beginObject("inputs")
        w.value("files", d.files.count)
        w.value("fileErrors", d.fileErrors)
        w.value("events", a.events)
        w.value("records", a.records)
        w.value("reports", a.reports)
        w.value("coldStarts", d.count(.cold))
        w.value("suppressedInitColdStarts", d.count(.suppressedInit))
        w.value("restores", d.count(.restore))
        w.value("warmStarts", d.count(.warm))
        w.value("proactiveInits", d.count(.proactive))
        w.value("provisionedInits", d.count(.provisioned))
        w.value("initFailures", d.initFailures.count)
        w.value("preinitialisedEnvironments", d.preinitialisedEnvironments)
        w.beginObject("otherRecords")
        w.value("start", a.starts)
        w.value("end", a.ends)
        w.value("initStart", a.initStarts)
        w.value("initReport", a.initReports)
        w.value("restore", a.restoreEvents)
        w.value("failureLines", a.failureMarkers)
        w.endObject()
        w.value("ignored", a.ignored)
        w.beginObject("ignoredByReason")
        for r in IgnoredReason.allCases where a.ignoredByReason[r.rawValue] > 0 { w.value(r.key, a.ignoredByReason[r.rawValue]) }
        w.endObject()
        w.value("malformed", a.malformed)
        w.value("duplicates", a.duplicates)
        w.beginObject("joins")
        let j = d.joins
        w.value("invocationsWithTrace", j.invocationsWithTrace)
        w.value("tracesWithoutLog", j.tracesWithoutLog)
        w.value("coldStartsWithImportTimings", j.coldStartsWithImportTimings)
        w.value("appLogsMatched", j.appLogsMatched)
        w.value("appLogsUnmatched", j.appLogsUnmatched)
        w.value("importTreesUnmatched", j.importTreesUnmatched)
        w.value("coldStartDisagreements", j.coldStartDisagreements)
        w.endObject()
        w.value("traceSegments", a.traceSegments)
        w.value("appLogs", a.appLogs)
        w.value("importTimeLines", a.importTimeLines)
        w.value("deployments", a.deployments)
        writeProblems("problems", d.problems, &w)
        writeProblems("warnings", d.warnings, &w)
        w.endObject()
    }

    private static func writeProblems(_ key: String, _ problems: [InputProblem], _ w: inout JSONWriter) {
        w.beginArray(key)
        for p in problems {
            w.beginObject()
            w.value("file", p.file)
            w.value("line", p.line)
            w.value("message", p.message)
            w.endObject()
        }
        w.endArray()
    }

    private static func writeGroup(_ g: GroupStatistics, _ probabilities: [Double], _ w: inout JSONWriter) {
        w.beginObject()
        writeGroupMembers(g, probabilities, &w)
        w.endObject()
    }

    /// The members of one group object (key, counts, summaries), also used by baselines.
    static func writeGroupMembers(_ g: GroupStatistics, _ probabilities: [Double], _ w: inout JSONWriter) {
        w.beginObject("key")
        for (d, v) in g.key { w.value(d.rawValue, v) }
        w.endObject()
        w.value("invocations", g.invocations)
        w.value("coldStarts", g.coldStarts)
        w.value("coldStartRate", g.coldStartRate)
        w.value("suppressedInitColdStarts", g.suppressedInitColdStarts)
        w.value("restores", g.restores)
        w.value("warmStarts", g.warmStarts)
        w.value("proactiveInits", g.proactiveInits)
        w.value("provisionedInits", g.provisionedInits)
        w.value("initFailures", g.initFailures)
        summary("initDuration", g.initDuration, probabilities, &w)
        summary("proactiveInitDuration", g.proactiveInitDuration, probabilities, &w)
        summary("provisionedInitDuration", g.provisionedInitDuration, probabilities, &w)
        summary("duration", g.duration, probabilities, &w)
        summary("durationCold", g.durationCold, probabilities, &w)
        summary("durationWarm", g.durationWarm, probabilities, &w)
        summary("billedDuration", g.billedDuration, probabilities, &w)
        summary("maxMemoryUsed", g.maxMemoryUsed, probabilities, &w)
        summary("restoreDuration", g.restoreDuration, probabilities, &w)
        writeCost(g.cost, &w)
        writePhases(g.phases, &w)
        writeImports(g.imports, &w)
    }

    /// `cost`: `{gbSeconds, initGbSeconds, requests, usd, usdPerMillionInvocations, initShareOfBilled}`.
    private static func writeCost(_ c: GroupCost, _ w: inout JSONWriter) {
        w.beginObject("cost")
        w.value("gbSeconds", c.gbSeconds)
        w.value("initGbSeconds", c.initGbSeconds)
        w.value("requests", c.requests)
        w.value("usd", c.usd)
        w.value("usdPerMillionInvocations", c.usdPerMillionInvocations)
        w.value("initShareOfBilled", c.initShareOfBilled)
        w.endObject()
    }

    /// `phases`: null, or `{tracedInvocations, initialization: {count, p50, p95, shareOfEndToEnd}, ...}`.
    private static func writePhases(_ p: PhaseStatistics?, _ w: inout JSONWriter) {
        guard let p else { return w.null("phases") }
        w.beginObject("phases")
        w.value("tracedInvocations", p.tracedInvocations)
        for phase in p.phases {
            w.beginObject(phase.phase.jsonKey)
            w.value("count", phase.count)
            w.value("p50", phase.p50)
            w.value("p95", phase.p95)
            if phase.phase.isPart { w.value("shareOfEndToEnd", phase.shareOfEndToEnd) }
            w.endObject()
        }
        w.endObject()
    }

    /// `imports`: null, or `{coldStartsWithTimings, shareOfInitDuration, modules: [...], tree: [...]}` (ms).
    private static func writeImports(_ i: ImportStatistics?, _ w: inout JSONWriter) {
        guard let i else { return w.null("imports") }
        w.beginObject("imports")
        w.value("coldStartsWithTimings", i.coldStartsWithTimings)
        w.value("shareOfInitDuration", i.shareOfInitDuration)
        w.beginArray("modules")
        for m in i.modules {
            w.beginObject()
            w.value("name", m.name)
            w.value("count", m.count)
            w.value("p50", m.p50)
            w.value("p95", m.p95)
            w.value("selfP50", m.selfP50)
            w.value("selfP95", m.selfP95)
            w.endObject()
        }
        w.endArray()
        w.beginArray("tree")
        for node in i.tree { writeNode(node, &w) }
        w.endArray()
        w.endObject()
    }

    private static func writeNode(_ n: AggregatedImportNode, _ w: inout JSONWriter) {
        w.beginObject()
        w.value("module", n.module)
        w.value("count", n.count)
        w.value("cumulativeP50", n.medianCumulativeMilliseconds)
        w.value("selfP50", n.medianSelfMilliseconds)
        w.beginArray("children")
        for c in n.children { writeNode(c, &w) }
        w.endArray()
        w.endObject()
    }

    /// `{count, min, mean, stddev, p50, ..., max, lowSample: [names]}` with nulls when count is 0.
    private static func summary(_ key: String, _ s: Summary?, _ probabilities: [Double], _ w: inout JSONWriter) {
        w.beginObject(key)
        w.value("count", s?.count ?? 0)
        w.value("min", s?.min)
        w.value("mean", s?.mean)
        w.value("stddev", s?.standardDeviation)
        for p in probabilities { w.value(Statistic.percentileName(p), s?.percentile(p)?.value) }
        w.value("max", s?.max)
        w.beginArray("lowSample")
        for p in probabilities where s?.percentile(p)?.isLowSample ?? false { w.value(nil, Statistic.percentileName(p)) }
        w.endArray()
        w.endObject()
    }
}
