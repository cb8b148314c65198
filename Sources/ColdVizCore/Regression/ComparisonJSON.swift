/// The `--format json` document of `check` and `compare` (schema version 1, in the README).
public enum ComparisonJSON {
    /// Renders `report`; `format` is `coldviz-check` or `coldviz-compare`, `passed` is written
    /// for check only. Keys keep their order. O(rows).
    public static func render(_ r: ComparisonReport, format: String, passed: Bool?) -> String {
        let s = r.settings
        var w = JSONWriter()
        w.beginObject()
        w.value("schemaVersion", 1)
        w.value("format", format)
        if let passed { w.value("passed", passed) }
        w.value("metric", s.metric.rawValue)
        w.beginArray("groupBy")
        for d in r.groupBy { w.value(nil, d.rawValue) }
        w.endArray()
        w.value("confidence", s.confidence)
        w.value("resamples", s.resamples)
        w.value("seed", String(s.seed))
        w.value("minimumSampleSize", s.minimumSampleSize)
        w.beginObject("summary")
        for v in Verdict.allCases { w.value(v.rawValue, r.count(v)) }
        w.endObject()
        w.beginArray("groups")
        for g in r.groups { group(g, r, &w) }
        w.endArray()
        w.endObject()
        return w.output + "\n"
    }

    private static func group(_ g: GroupComparison, _ r: ComparisonReport, _ w: inout JSONWriter) {
        w.beginObject()
        w.beginObject("key")
        for (d, v) in zip(r.groupBy, g.key) { w.value(d.rawValue, v) }
        w.endObject()
        w.value("verdict", g.verdict.rawValue)
        w.value("baselineCount", g.baselineCount)
        w.value("nowCount", g.nowCount)
        if let mw = g.mannWhitney {
            w.beginObject("mannWhitney")
            w.value("u", mw.u)
            w.value("p", mw.pValue)
            w.value("effectSize", mw.effectSize)
            w.value("exact", mw.isExact)
            w.endObject()
        } else {
            w.null("mannWhitney")
        }
        w.beginArray("statistics")
        for c in g.changes {
            w.beginObject()
            w.value("name", c.statistic.name)
            w.value("baseline", c.baseline)
            w.value("now", c.now)
            w.value("change", c.change)
            w.value("relativeChange", c.relativeChange)
            w.value("lower", c.interval?.lower)
            w.value("upper", c.interval?.upper)
            w.value("minimumSampleSize", c.minimumSampleSize)
            if let t = c.threshold {
                w.beginObject("threshold")
                switch t {
                case .relative(let f): w.value("relative", f)
                case .absolute(let a): w.value("absolute", a)
                }
                w.endObject()
            } else {
                w.null("threshold")
            }
            w.value("verdict", c.verdict.rawValue)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
