import ColdVizCore
import ColdVizTestSupport
import Testing

/// The same cold start rendered by the tools people use (docs/FORMATS.md §3): each rendering must give the
/// REPORT, its time and its stream, and account for every line.
@Suite("Text renderings")
struct TextRenderingTests {
    static let report =
        "REPORT RequestId: 00000000-0000-0000-0000-000000000003\tDuration: 55.12 ms\tBilled Duration: 56 ms\tMemory Size: 1024 MB\tMax Memory Used: 120 MB\tInit Duration: 2950.48 ms\t"
    static let stream = "2024/03/04/[$LATEST]00000000000000000000000000000001"
    /// 2024-03-04T10:00:07.931Z
    static let reportMilliseconds: Int64 = 1_709_546_407_931

    struct Rendering: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        var stream: String?
        var group: String? = nil
        var timestamp: Int64?
        var testDescription: String { id }
    }

    static let renderings: [Rendering] = [
        Rendering(
            id: "S3 export line",
            text: "2024-03-04T10:00:07.931Z \(report)\nXRAY TraceId: 1-65e59c00-0000\tSegmentId: 01\tSampled: true\n",
            stream: nil, timestamp: reportMilliseconds),
        Rendering(id: "console copy", text: "2024-03-04T10:00:07.931Z\n\(report)\n", stream: nil, timestamp: reportMilliseconds),
        Rendering(
            id: "aws logs tail detailed", text: "2024-03-04T10:00:07.931000+00:00 \(stream) \(report)\n",
            stream: stream, timestamp: reportMilliseconds),
        Rendering(
            id: "aws logs tail short", text: "2024-03-04T10:00:07 \(report)\n", stream: nil, timestamp: reportMilliseconds - 931),
        Rendering(
            id: "sam logs without zone", text: "\(stream) 2024-03-04T10:00:07.931000 \(report)\n",
            stream: stream, timestamp: reportMilliseconds),
        Rendering(
            id: "sam logs with +00:00", text: "\(stream) 2024-03-04T10:00:07.931000+00:00 \(report)\n",
            stream: stream, timestamp: reportMilliseconds),
        Rendering(
            id: "awslogs get", text: "/aws/lambda/perf_zip_Python39_1024 \(stream) 2024-03-04T10:00:07.931Z \(report)\n",
            stream: stream, group: "/aws/lambda/perf_zip_Python39_1024", timestamp: reportMilliseconds),
        Rendering(id: "indented README paste", text: "    \(report)\n", stream: nil, timestamp: nil),
        Rendering(id: "redacted timestamps", text: "XXXX-XX-XXTXX:XX:XX.XXX-XX:XX    \(report)\n", stream: nil, timestamp: nil),
        Rendering(
            id: "CRLF line endings", text: "2024-03-04T10:00:07.931Z \(report)\r\n", stream: nil, timestamp: reportMilliseconds),
    ]

    @Test("each rendering yields the REPORT with its time and stream", arguments: renderings)
    func rendering(_ r: Rendering) throws {
        let ingest = ingestText(r.text)
        #expect(ingest.accounting.reports == 1)
        #expect(ingest.accounting.malformed == 0)
        #expect(ingest.accounting.isReconciled)
        let event = try #require(ingest.events.first { if case .report = $0.record { true } else { false } })
        guard case .report(let report) = event.record else { return }
        #expect(report.initDurationMilliseconds == 2950.48)
        #expect(report.durationMilliseconds == 55.12)
        #expect(event.timestampMilliseconds == r.timestamp)
        #expect(event.logStream == r.stream)
        #expect(event.logGroup == r.group)
    }

    @Test("the XRAY continuation belongs to its REPORT, not a separate event")
    func xrayContinuation() throws {
        let ingest = ingestText("\(Self.report)\nXRAY TraceId: 1-65e59c00-0000\tSegmentId: 01\tSampled: true\n")
        #expect(ingest.accounting.events == 1)
        guard case .report(let r) = try #require(ingest.events.first).record else { Issue.record("no report"); return }
        #expect(r.traceId == "1-65e59c00-0000")
    }

    @Test("a clock-time prefix is read as a time of day, with a warning naming --date; with --date, on that day")
    func clockTime() {
        let text = "10:00:07 \(Self.report)\n"
        let without = ingestText(text)
        #expect(without.accounting.reports == 1)
        #expect(without.accounting.malformed == 0)
        #expect(without.warnings.first?.message.contains("--date") == true)
        #expect(without.warnings.first?.line == 1)
        let timeOfDay: Int64 = (10 * 3600 + 7) * 1000
        #expect(without.events.first?.timestampMilliseconds == timeOfDay)
        var options = IngestOptions()
        options.clockDateMilliseconds = 1_709_510_400_000  // 2024-03-04T00:00:00Z
        let with = ingestText(text, options: options)
        #expect(with.accounting.reports == 1)
        #expect(with.events.first?.timestampMilliseconds == Self.reportMilliseconds - 931)
    }

    @Test("Lambda emulator (RIE) platform lines are not counted as AWS invocations")
    func emulator() {
        let text = """
            09 Nov 2025 12:49:20,948 [INFO] (rapid) INIT START(type: on-demand, phase: init)
            START RequestId: eff61dc7-8fc0-4512-909a-4d902eda945a Version: $LATEST
            09 Nov 2025 12:49:21,065 [INFO] (rapid) INIT REPORT(durationMs: 117.484000)
            END RequestId: 3d5ca5e9-afb1-4d61-930d-7ec996cb1384
            REPORT RequestId: 3d5ca5e9-afb1-4d61-930d-7ec996cb1384  Init Duration: 0.65 ms  Duration: 123.16 ms Billed Duration: 124 ms Memory Size: 3008 MB Max Memory Used: 3008 MB
            \(Self.stream) 2025-11-09T13:26:53.499000+00:00 \(Self.report)
            """
        let ingest = ingestText(text)
        #expect(ingest.accounting.reports == 1)
        #expect(ingest.accounting.ignoredByReason[IgnoredReason.emulatorOutput.rawValue] == 5)
        #expect(ingest.accounting.isReconciled)
    }

    @Test("pretty-printed JSON after a sam logs prefix is one event")
    func prettyJSON() {
        let text = """
            \(Self.stream) 2024-03-04T10:00:05.201000+00:00 {
              "level": "INFO",
              "cold_start": true
            }
            \(Self.stream) 2024-03-04T10:00:07.931000+00:00 \(Self.report)
            """
        let ingest = ingestText(text)
        #expect(ingest.accounting.events == 2)
        #expect(ingest.accounting.reports == 1)
    }
}
