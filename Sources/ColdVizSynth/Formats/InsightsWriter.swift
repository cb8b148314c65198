import Foundation

/// Logs Insights `get-query-results` JSON of the README's query (docs/FORMATS.md §6.1, §6.4): one file per
/// burst, `burst-0001.json`, every function's REPORT rows sorted by `@timestamp`. Values are strings;
/// `@memorySize` and `@maxMemoryUsed` are decimal bytes; warm rows have no `@initDuration`.
///
/// Noise: a REPORT-only query holds no application lines; malformed and truncated rows carry a garbled or
/// cut `@message`; a duplicated invocation's row appears twice (overlapping query windows).
final class InsightsWriter: FormatWriter {
    private var rows: [(time: Int64, order: Int, fields: [(String, String)])] = []

    func write(_ environments: [SynthEnvironment], burst: Int, context: WriteContext) throws(SynthError) {
        guard let function = environments.first?.function else { return }
        var truth = context.truth[function.name, default: GroupTruth()]
        for env in environments {
            for inv in env.invocations {
                let d = context.noise.decide()
                let ms = inv.reportMilliseconds
                var fields: [(String, String)] = [
                    ("@timestamp", TimeText.insights(ms)), ("@log", "\(SynthRuntime.account):\(function.logGroup)"),
                    ("@logStream", env.streamName), ("@requestId", inv.requestId),
                    ("@duration", TimeText.centis(inv.durationCentis)),
                    ("@billedDuration", String(inv.billedDurationMilliseconds)),
                ]
                if let c = inv.initCentis { fields.append(("@initDuration", TimeText.centis(c))) }
                fields += [
                    ("@memorySize", String(function.memoryMegabytes * 1_000_000)),
                    ("@maxMemoryUsed", String(inv.maxMemoryUsedMegabytes * 1_000_000)), ("@xrayTraceId", inv.traceId),
                    ("@message", TextEventRenderer.report(inv, memory: function.memoryMegabytes)), ("@ptr", ptr(context)),
                ]
                rows.append((ms, rows.count, fields))
                if d.malformed {
                    rows.append(
                        (
                            ms, rows.count,
                            [
                                ("@timestamp", TimeText.insights(ms)), ("@logStream", env.streamName),
                                ("@message", NoiseInjector.garbledReport(d, memory: function.memoryMegabytes)),
                                ("@ptr", ptr(context)),
                            ]
                        ))
                    truth.malformedLines += 1
                }
                if d.truncated {
                    rows.append(
                        (
                            ms, rows.count,
                            [
                                ("@timestamp", TimeText.insights(ms)), ("@logStream", env.streamName),
                                ("@message", NoiseInjector.truncatedReport), ("@ptr", ptr(context)),
                            ]
                        ))
                    truth.truncatedLines += 1
                }
                if d.duplicate {
                    rows.append((ms, rows.count, fields))
                    truth.duplicateEvents += 1
                }
            }
        }
        context.truth[function.name] = truth
    }

    func endBurst(_ burst: Int, context: WriteContext) throws(SynthError) {
        guard !rows.isEmpty else { return }
        rows.sort { ($0.time, $0.order) < ($1.time, $1.order) }
        let file = try context.open("burst-\(TimeText.pad(burst, 4)).json")
        try file.write("{\n    \"results\": [")
        for (index, row) in rows.enumerated() {
            let cells = row.fields.map {
                "            {\n                \"field\": \"\($0.0)\",\n                \"value\": \(JSONText.quote($0.1))\n            }"
            }
            try file.write((index == 0 ? "\n" : ",\n") + "        [\n" + cells.joined(separator: ",\n") + "\n        ]")
        }
        try file.write(
            "\n    ],\n    \"statistics\": {\n        \"recordsMatched\": \(Double(rows.count)),\n"
                + "        \"recordsScanned\": \(Double(rows.count * 6)),\n        \"bytesScanned\": \(Double(rows.count * 1400))\n    },\n"
                + "    \"status\": \"Complete\"\n}\n")
        try file.close()
        rows = []
    }

    func finish(context: WriteContext) throws(SynthError) {}

    /// An opaque `@ptr`: base64 of 48 random bytes.
    private func ptr(_ context: WriteContext) -> String {
        var bytes = [UInt8]()
        for _ in 0..<6 { withUnsafeBytes(of: context.rng.next()) { bytes += $0 } }
        return Data(bytes).base64EncodedString()
    }
}
