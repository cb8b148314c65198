import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Real samples read through their envelopes, together, or with damage: what must come out the same,
/// what must be counted once, and what must be reported with its location.
@Suite("Real samples: envelopes, overlaps, invalid JSON, emulator output")
struct RealSampleEnvelopeTests {
    private func read(_ files: [String]) -> Dataset {
        analyzeForTest(files.map(FixturePaths.realSample)).dataset
    }

    /// What a dataset says about each invocation, for comparing two readings of the same capture.
    private func fingerprint(_ d: Dataset) -> [String] {
        d.invocations.map { inv in
            let r = inv.report
            return "\(r.requestId) \(r.durationMilliseconds ?? -1) \(r.billedDurationMilliseconds ?? -1) "
                + "\(r.memorySizeMegabytes ?? -1) \(r.maxMemoryUsedMegabytes ?? -1) \(r.initDurationMilliseconds ?? -1) "
                + "\(inv.category) \(inv.completionMilliseconds ?? -1) \(inv.logGroup ?? "") \(inv.logStream ?? "") \(r.traceId ?? "")"
        }.sorted()
    }

    @Test(
        "gzip and Kinesis envelopes give the events of their DECODED twins",
        arguments: [
            (
                "c_lumigo-python-log-shipper_fixtures_simple_aws_event.json",
                "c_lumigo-python-log-shipper_fixtures_simple_aws_event.DECODED.json"
            ),
            (
                "c_powertools-python_kinesisStreamCloudWatchLogsEvent.json",
                "c_powertools-python_kinesisStreamCloudWatchLogsEvent.DECODED.jsonl"
            ),
        ])
    func envelopeMatchesDecoded(envelope: String, decoded: String) {
        let a = read([envelope]), b = read([decoded])
        #expect(!a.invocations.isEmpty)
        #expect(fingerprint(a) == fingerprint(b))
        #expect(a.accounting == b.accounting)
        #expect(a.fileErrors == 0 && b.fileErrors == 0)
    }

    @Test("the zlib payload holds the same 2 events as the gzip one (testLogGroup)")
    func zlibMatchesGzip() {
        let gzip = read(["c_powertools-python_cloudWatchLogEvent.json"])
        let zlib = read(["c_powertools-python_cloudWatchLogEventWithPolicyLevel.json"])
        #expect(gzip.accounting.events == 2)
        #expect(zlib.accounting == gzip.accounting)
        #expect(zlib.fileErrors == 0 && zlib.problems.isEmpty)
    }

    @Test("the Kinesis payload: cold REPORT 190.62 ms with its XRAY part in one message")
    func kinesisValues() throws {
        let d = read(["c_powertools-python_kinesisStreamCloudWatchLogsEvent.json"])
        let cold = try #require(d.invocations.first { $0.category == .cold })
        #expect(cold.report.initDurationMilliseconds == 190.62)
        #expect(cold.report.traceId?.description.hasPrefix("1-") == true)
        #expect(cold.logGroup == "/aws/lambda/pt-1488-DummyLogDataFunction-gnWXPvL6jJyG")
    }

    @Test("one capture in two datadog files: END and REPORT counted once")
    func crossFileDuplicates() {
        let files = [
            "c_datadog-forwarder_snapshots_cloudwatch_log_lambda_invocation.json",
            "c_datadog-forwarder_tests-events_cloudwatch_logs.json",
        ]
        let d = read(files)
        // Each file: 19 events, of which END and REPORT (request f08bb4c8) are platform records.
        #expect(d.accounting.events == 38)
        #expect(d.invocations.count == 1)
        #expect(d.accounting.reports == 1)
        #expect(d.accounting.ends == 1)
        #expect(d.accounting.duplicates == 2)
        #expect(d.accounting.isReconciled)
        #expect(d.warnings.isEmpty, "identical REPORTs are duplicates, not conflicts")
    }

    @Test("one Insights query as Markdown and as JSON: 6 invocations, not 12")
    func insightsDuplicates() {
        let d = read([
            "e_ZainZia0341-Lambda-Artillery-loadTest_2025-08-22_lambda-insights.md",
            "e_ZainZia0341-Lambda-Artillery-loadTest_2025-08-22_lambda-insights_pwsh-flattened.json",
        ])
        #expect(d.invocations.count == 6)
        #expect(d.accounting.duplicates == 6)
        #expect(d.invocations.filter { $0.category == .cold }.count == 2)
    }

    @Test(
        "invalid JSON in doc files: path:line problems, valid neighbours still read",
        arguments: [
            ("d_awsdocs-lambda-guide_telemetry-schema-reference_examples.txt", [17, 98]),
            ("d_awsdocs-lambda-guide_runtimes-logs-api_examples.txt", [52, 60]),
        ])
    func invalidJSON(file: String, lines: [Int]) {
        let d = read([file])
        let located = d.problems.filter { $0.message.contains("invalid JSON") }
        #expect(located.map(\.line) == lines)
        #expect(located.allSatisfy { $0.file == FixturePaths.realSample(file) })
        #expect(located.allSatisfy { $0.formatted.hasPrefix("\(FixturePaths.realSample(file)):\($0.line!): ") })
        #expect(d.accounting.isReconciled)
    }

    @Test("neighbours of invalid JSON: the runtimes-logs-api report, the telemetry init records")
    func validNeighbours() throws {
        let logsAPI = read(["d_awsdocs-lambda-guide_runtimes-logs-api_examples.txt"])
        let report = try #require(logsAPI.invocations.first).report
        #expect(report.requestId == "6f7f0961f83442118a7af6fe80b88d56")
        #expect(report.initDurationMilliseconds == 116.67)
        #expect(report.durationMilliseconds == 101.51)
        #expect(logsAPI.accounting.starts == 1 && logsAPI.accounting.ends == 1)
        let telemetry = read(["d_awsdocs-lambda-guide_telemetry-schema-reference_examples.txt"])
        // Valid blocks: `platform.initStart`, `platform.initReport` (125.33 ms), and at line 47 a record typed
        // `platform.initStart` that carries `platform.start` fields (pitfall 45): read as START, with a warning.
        #expect(telemetry.accounting.initStarts == 1)
        #expect(telemetry.accounting.initReports == 1)
        #expect(telemetry.accounting.starts == 1)
        #expect(telemetry.warnings.map(\.line) == [47])
    }

    @Test(
        "emulator (RIE) REPORTs are not counted",
        arguments: [
            // (file, request id of the bare RIE REPORT line, START lines with a `sam logs` stream prefix: grep).
            (
                "a_curiousdev-aws-lambda-container-images_aws-base-images-python_README_RIE-and-sam-logs.txt",
                "6ee905fa-1cdc-4e5c-ad1d-67493b0d5e0b", 5
            ),
            (
                "a_curiousdev-aws-lambda-container-images_aws-os-only-images-go_README_RIE-and-sam-logs.txt",
                "11b7fb55-79d6-4269-94c5-0687d8613098", 4
            ),
            (
                "a_curiousdev-aws-lambda-container-images_custom-images-go_README_RIE-and-sam-logs.txt",
                "da277603-b1f8-493c-9f2f-056c70330ad1", 6
            ),
            (
                "a_curiousdev-aws-lambda-container-images_custom-images-python_README_RIE-and-sam-logs.txt",
                "3d5ca5e9-afb1-4d61-930d-7ec996cb1384", 6
            ),
        ])
    func emulatorReports(file: String, emulatorRequestId: String, awsStarts: Int) {
        let d = read([file])
        #expect(d.accounting.ignoredByReason[IgnoredReason.emulatorOutput.rawValue] > 0)
        // The RIE REPORT claims Memory Size 3008 MB; every AWS REPORT of these files says 512 MB.
        #expect(d.invocations.allSatisfy { $0.report.memorySizeMegabytes == 512 })
        #expect(d.invocations.allSatisfy { $0.logStream != nil }, "every counted REPORT comes from `sam logs`")
        #expect(!d.invocations.contains { $0.report.requestId.description == emulatorRequestId })
        // In the os-only file the emulator's START line (20750e69) comes before any `(rapid)` line: it is
        // still the emulator's, because unrendered platform lines in a file with emulator output are.
        #expect(d.accounting.starts == awsStarts, "START records")
    }
}
