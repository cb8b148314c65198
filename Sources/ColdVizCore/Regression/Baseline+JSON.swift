extension Baseline {
    /// Samples are written with this many decimals, as the logs print milliseconds.
    public static let sampleDecimals = 2

    /// The baseline file: pretty-printed JSON, stable key order, samples one array per line.
    /// O(total samples).
    public func renderJSON() -> String {
        var w = JSONWriter()
        w.beginObject()
        w.value("schemaVersion", Self.schemaVersion)
        w.value("format", Self.formatName)
        w.beginArray("groupBy")
        for d in groupBy { w.value(nil, d.rawValue) }
        w.endArray()
        w.beginArray("percentiles")
        for p in probabilities { w.value(nil, p) }
        w.endArray()
        w.value("sampleDecimals", Self.sampleDecimals)
        w.beginArray("groups")
        for g in groups {
            w.beginObject()
            if let s = g.statistics {
                AnalysisJSON.writeGroupMembers(s, probabilities, &w)
            } else {
                w.beginObject("key")
                for (d, v) in zip(groupBy, g.key) { w.value(d.rawValue, v) }
                w.endObject()
                w.value("invocations", g.invocations)
                w.value("coldStarts", g.coldStarts)
                w.value("coldStartRate", g.coldStartRate)
            }
            w.beginObject("samples")
            w.numbers("initDuration", g.initDurationsMilliseconds.map(Self.rounded))
            w.numbers("duration", g.durationsMilliseconds.map(Self.rounded))
            // USD per million: a thousandth of a cent per million keeps each invocation's cost exact enough.
            w.numbers("usdPerMillionInvocations", g.costsUsdPerMillion.map { ($0 * 1e5).rounded() / 1e5 })
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output + "\n"
    }

    /// `v` rounded half away from zero to ``sampleDecimals`` decimals.
    static func rounded(_ v: Double) -> Double { (v * 100).rounded() / 100 }
}
