import ColdVizStats
import Foundation

extension SynthManifest {
    /// The manifest as JSON (keys in a fixed order): run settings, totals, then one object per function
    /// with its counts, the Summary of its Init Durations (type 7 percentiles, sample standard deviation)
    /// and the raw values. O(n log n) for the summaries.
    public func json() -> String {
        var out =
            "{\n  \"schemaVersion\": 1,\n  \"seed\": \(seed),\n  \"format\": \"\(format.rawValue)\",\n"
            + "  \"noiseRate\": \(noiseRate),\n  \"bytesWritten\": \(bytesWritten),\n"
            + "  \"invocations\": \(invocations),\n  \"coldStarts\": \(coldStarts),\n"
            + "  \"expected\": {\"malformed\": \(groups.reduce(0) { $0 + $1.expectedMalformed }), "
            + "\"duplicates\": \(groups.reduce(0) { $0 + $1.duplicateEvents })},\n  \"groups\": ["
        for (i, g) in groups.enumerated() {
            let f = g.function
            out +=
                (i == 0 ? "\n" : ",\n")
                + "    {\"function\": \"\(f.name)\", \"method\": \"\(f.method)\", \"python\": \"\(f.python)\", "
                + "\"memory\": \(f.memoryMegabytes), \"architecture\": \"\(f.arm64 ? "arm64" : "x86_64")\",\n"
                + "     \"invocations\": \(g.invocations), \"coldStarts\": \(g.coldStarts), \"warmStarts\": \(g.warmStarts), "
                + "\"malformedLines\": \(g.malformedLines), \"truncatedLines\": \(g.truncatedLines), "
                + "\"expectedMalformed\": \(g.expectedMalformed), \"duplicateEvents\": \(g.duplicateEvents), "
                + "\"applicationLines\": \(g.applicationLines), \"tracebacks\": \(g.tracebacks),\n"
                + "     \"initDuration\": \(summary(g.initDurationsMilliseconds)),\n"
                + "     \"initDurationsMs\": [\(g.initDurationsMilliseconds.map { "\($0)" }.joined(separator: ", "))],\n"
                + "     \"durationsMs\": [\(g.durationsMilliseconds.map { "\($0)" }.joined(separator: ", "))]}"
        }
        return out + "\n  ]\n}\n"
    }

    /// Writes `json()` to `path`.
    func write(to path: String) throws(SynthError) {
        do {
            try Data(json().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    private func summary(_ values: [Double]) -> String {
        guard let s = Summary(values: values) else { return "null" }
        let percentiles = s.percentiles.map { "\"p\(Int(($0.probability * 100).rounded()))\": \($0.value)" }.joined(
            separator: ", ")
        let sd = s.standardDeviation.map { "\($0)" } ?? "null"
        return
            "{\"count\": \(s.count), \"min\": \(s.min), \"mean\": \(s.mean), \"stddev\": \(sd), \(percentiles), \"max\": \(s.max)}"
    }
}
