import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Issue 15: numbers out of range never trap, and one plausibility rule (a duration is finite, at least 0
/// and under a day) holds for every reader, so no format accepts what another calls malformed.
@Suite("Reliability: implausible numbers")
struct PlausibilityTests {
    private func jsonReport(duration: String, initDuration: String = "2950.48") -> String {
        #"{"time":"2024-03-04T10:00:07.931Z","type":"platform.report","record":{"requestId":"a1","metrics":{"durationMs":"#
            + duration + #","billedDurationMs":56,"memorySizeMB":1024,"maxMemoryUsedMB":120,"initDurationMs":"#
            + initDuration + "}}}"
    }

    private func textReport(_ id: String, duration: String) -> String {
        "REPORT RequestId: \(id)\tDuration: \(duration) ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\t"
            + "Max Memory Used: 64 MB\tInit Duration: 234.56 ms\t"
    }

    @Test(
        "the JSON log format's 1e309 duration is malformed, as the text reader says", arguments: ["durationMs", "initDurationMs"])
    func jsonInfinity(field: String) {
        let line = field == "durationMs" ? jsonReport(duration: "1e309") : jsonReport(duration: "5.5", initDuration: "1e309")
        let ingest = ingestText(line + "\n")
        #expect(ingest.accounting.reports == 0)
        #expect(ingest.accounting.malformed == 1)
        #expect(ingest.problems.first?.message.contains("not a plausible duration") == true)
        let text = ingestText(textReport("a1", duration: "1e309") + "\n")
        #expect(text.accounting.malformed == 1 && text.accounting.reports == 0)
    }

    @Test("durations near the largest Double are malformed, not summed into an infinite mean")
    func nearMaximum() {
        let ingest = ingestText(
            [textReport("a", duration: "1.7e308"), textReport("b", duration: "1.6e308")].joined(separator: "\n"))
        #expect(ingest.accounting.reports == 0)
        #expect(ingest.accounting.malformed == 2)
    }

    @Test("a duration of a day or more, or below 0, is malformed in every reader; just under a day is kept")
    func dayBoundary() {
        let day = 24 * 60 * 60 * 1000.0
        #expect(ingestText(jsonReport(duration: String(day)) + "\n").accounting.malformed == 1)
        #expect(ingestText(jsonReport(duration: "-1") + "\n").accounting.malformed == 1)
        #expect(ingestText(jsonReport(duration: String(day - 1)) + "\n").accounting.reports == 1)
    }

    /// One Insights row of a REPORT rebuilt from discovered fields, `@memorySize` set to `memory`.
    private func insightsJSON(memory: String) -> String {
        let fields: [(String, String)] = [
            ("@timestamp", "2024-03-04 10:00:07.931"), ("@type", "REPORT"), ("@requestId", "r1"), ("@duration", "12.5"),
            ("@billedDuration", "13"), ("@initDuration", "200.5"), ("@memorySize", memory), ("@maxMemoryUsed", "64000000"),
        ]
        let row = fields.map { #"{"field":"\#($0.0)","value":"\#($0.1)"}"# }.joined(separator: ",")
        return #"{"status":"Complete","results":[["# + row + "]]}"
    }

    @Test(
        "an Insights row whose @memorySize is huge, infinite or NaN is malformed, not a trap (JSON, CSV, Markdown)",
        arguments: ["1e300", "inf", "-inf", "nan", "1e400", "9.3e24"])
    func insightsMemory(memory: String) {
        let json = ingestText(insightsJSON(memory: memory))
        #expect(json.accounting.malformed == 1)
        #expect(json.accounting.reports == 0)
        let header = "@timestamp,@type,@requestId,@duration,@billedDuration,@memorySize,@maxMemoryUsed"
        let csv = ingestText(header + "\n2024-03-04 10:00:07.931,REPORT,r1,12.5,13,\(memory),64000000\n")
        #expect(csv.accounting.malformed == 1)
        #expect(csv.accounting.reports == 0)
        let markdown = ingestText(
            "| @timestamp | @type | @requestId | @duration | @memorySize | @maxMemoryUsed |\n"
                + "| --- | --- | --- | --- | --- | --- |\n"
                + "| 2024-03-04 10:00:07.931 | REPORT | r1 | 12.5 | 128000000 | \(memory) |\n")
        #expect(markdown.accounting.malformed == 1)
        #expect(markdown.accounting.reports == 0)
    }

    @Test("the same Insights row with an ordinary memory size is read (the test's rows are otherwise valid)")
    func insightsControl() {
        let json = ingestText(insightsJSON(memory: "128000000"))
        #expect(json.accounting.reports == 1)
        #expect(json.accounting.malformed == 0)
    }
}

extension PlausibilityTests {
    @Test("a REPORT without any metric is malformed, not a silent warm invocation (text and JSON)")
    func reportWithoutMetrics() {
        let text = ingestText("REPORT RequestId: x\n")
        #expect(text.accounting.reports == 0)
        #expect(text.accounting.malformed == 1)
        #expect(text.problems.first?.line == 1)
        let json = ingestText(#"{"time":"2024-03-04T10:00:07.931Z","type":"platform.report","record":{"requestId":"a1"}}"# + "\n")
        #expect(json.accounting.reports == 0)
        #expect(json.accounting.malformed == 1)
        let withOne = ingestText("REPORT RequestId: y\tDuration: 1.00 ms\t\n")
        #expect(withOne.accounting.reports == 1)
    }
}
