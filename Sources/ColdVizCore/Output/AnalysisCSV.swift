import ColdVizStats

/// `--format csv`: one row per group, every statistic in its own column (`initDuration_p95`).
public enum AnalysisCSV {
    /// Renders `analysis` as RFC 4180 CSV with a header row.
    public static func render(_ a: Analysis) -> String {
        let metrics: [(String, KeyPath<GroupStatistics, Summary?>)] = [
            ("initDuration", \.initDuration), ("proactiveInitDuration", \.proactiveInitDuration),
            ("provisionedInitDuration", \.provisionedInitDuration), ("duration", \.duration), ("durationCold", \.durationCold),
            ("durationWarm", \.durationWarm), ("billedDuration", \.billedDuration),
            ("maxMemoryUsed", \.maxMemoryUsed), ("restoreDuration", \.restoreDuration),
        ]
        let stats = ["count", "min", "mean", "stddev"] + a.probabilities.map(Statistic.percentileName) + ["max"]
        var header =
            a.groupBy.map(\.rawValue) + [
                "invocations", "coldStarts", "coldStartRate", "suppressedInitColdStarts",
                "restores", "warmStarts", "proactiveInits", "provisionedInits", "initFailures",
                "cost_gbSeconds", "cost_initGbSeconds", "cost_usd", "cost_usdPerMillionInvocations",
                "cost_initShareOfBilled",
            ]
        for (m, _) in metrics { header += stats.map { "\(m)_\($0)" } }
        var out = header.map(field).joined(separator: ",") + "\r\n"
        for g in a.groups {
            var row =
                g.key.map(\.value) + [g.invocations, g.coldStarts].map(String.init) + [JSONWriter.number(g.coldStartRate)]
                + [g.suppressedInitColdStarts, g.restores, g.warmStarts, g.proactiveInits, g.provisionedInits, g.initFailures]
                .map(String.init)
                + [g.cost.gbSeconds, g.cost.initGbSeconds, g.cost.usd, g.cost.usdPerMillionInvocations].map(JSONWriter.number)
                + [g.cost.initShareOfBilled.map(JSONWriter.number) ?? ""]
            for (_, path) in metrics {
                let s = g[keyPath: path]
                row.append(String(s?.count ?? 0))
                row += [s?.min, s?.mean, s?.standardDeviation].map { $0.map(JSONWriter.number) ?? "" }
                row += a.probabilities.map { p in s?.percentile(p).map { JSONWriter.number($0.value) } ?? "" }
                row.append(s.map { JSONWriter.number($0.max) } ?? "")
            }
            out += row.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    private static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
