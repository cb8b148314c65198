import ColdVizCore
import ColdVizStats
import ColdVizTestSupport
import Foundation
import Testing

/// X-Ray traces from the real samples: segments of Lambda origin are records, traces without a log
/// record become invocations, overlapping exports count once (docs/FORMATS.md §8).
@Suite("X-Ray traces")
struct XRayTests {
    private func read(_ names: [String]) -> Dataset {
        DatasetBuilder.build(Ingestor.ingest(paths: names.map(FixturePaths.realSample)))
    }

    @Test("batch-get-traces: one Lambda invocation with its Initialization, callers ignored")
    func batchGetTraces() throws {
        let d = read(["g_awsdocs-xray-guide_batch-get-traces_output.json"])
        // 5 documents: AWS::Lambda and AWS::Lambda::Function are records; Elastic Beanstalk, DynamoDB, SNS are not.
        #expect(d.accounting.events == 5)
        #expect(d.accounting.traceSegments == 2)
        #expect(d.accounting.ignoredByReason[IgnoredReason.xrayDocument.rawValue] == 3)
        #expect(d.accounting.isReconciled)
        let inv = try #require(d.invocations.first)
        #expect(d.invocations.count == 1)
        #expect(inv.source == .trace && inv.category == .cold)
        #expect(inv.report.requestId == "ac086670-6373-11e7-a174-f31b3397f190")
        #expect(inv.functionNameFromData == "random-name")
        // Initialization 1499473412.064 → 1499473412.819 s; the service segment 1499473411.677 → .572 (2,895 ms).
        #expect(abs(try #require(inv.report.initDurationMilliseconds) - 755) < 1e-3)
        #expect(abs(try #require(inv.explanation.trace?.endToEndMilliseconds) - 2895) < 1e-3)
        #expect(d.joins.tracesWithoutLog == 1)
    }

    @Test("condensed traces: 1,557 entries are 256 distinct traces, 116 of them cold (numpy 2.4.6)")
    func condensed() throws {
        let d = read(["g_codetalkio-patterns-serverless-rust-minimal_benchmark-traces_condensed.json"])
        // Counted with python3: 1,557 trace entries under 7 memory wrappers, 720 holding an Initialization
        // subsegment; the entries repeat 256 distinct trace ids with identical segments (5-7 copies each).
        #expect(d.accounting.events == 3114)
        #expect(d.accounting.duplicates == 3114 - 512)
        #expect(d.accounting.traceSegments == 512)
        #expect(d.invocations.count == 256)
        let cold = d.invocations.filter { $0.category == .cold }.compactMap(\.report.initDurationMilliseconds).sorted()
        #expect(cold.count == 116)
        // numpy 2.4.6: np.percentile(inits, 50) = 19.598722457885742, 95 → 26.451408863067627, min 16.910076141357422.
        #expect(abs(Quantile.type7(sorted: cold, probability: 0.5) - 19.598722457885742) < 1e-9)
        #expect(abs(Quantile.type7(sorted: cold, probability: 0.95) - 26.451408863067627) < 1e-9)
        #expect(abs(cold[0] - 16.910076141357422) < 1e-9)
        #expect(d.invocations.allSatisfy { $0.report.memorySizeMegabytes != nil })
    }

    @Test("get-trace-summaries holds ids only: counted and ignored")
    func summaries() {
        let d = read(["g_awsdocs-xray-guide_get-trace-summaries_output.json"])
        #expect(d.invocations.isEmpty)
        #expect(d.accounting.events == 2 && d.accounting.ignored == 2)
    }

    @Test("traces join to the REPORTs of the same invocation; Initialization equals Init Duration")
    func joinsToReports() throws {
        let d = DatasetBuilder.build(Ingestor.ingest(paths: [FixturePaths.fixture("synth/formats/xray")]))
        let fromLogs = d.invocations.filter { $0.source == .report }
        #expect(d.joins.tracesWithoutLog == 0)
        #expect(d.joins.invocationsWithTrace == fromLogs.count)
        for inv in fromLogs where inv.category == .cold {
            let trace = try #require(inv.explanation.trace, "\(inv.report.requestId)")
            #expect(abs(try #require(trace.initializationMilliseconds) - inv.report.initDurationMilliseconds!) < 0.01)
        }
        #expect(d.accounting.isReconciled)
    }
}

extension XRayTests {
    @Test("segment documents nested under any key of an unfamiliar wrapper are read as batch-get-traces gives them")
    func nestedSegments() throws {
        let sample = "g_awsdocs-xray-guide_batch-get-traces_output.json"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.realSample(sample)))
        let batch = try JSONSerialization.jsonObject(with: bytes)
        let traces = try #require((batch as? [String: Any])?["Traces"] as? [[String: Any]])
        let segments = traces.flatMap { $0["Segments"] as! [[String: Any]] }
        let documents = try segments.map { try JSONSerialization.jsonObject(with: Data(($0["Document"] as! String).utf8)) }
        let expected = read([sample])
        let dir = FixturePaths.temporaryDirectory()
        for (n, wrapper) in [
            ["fn-a": ["page": segments], "NextToken": NSNull()] as Any, segments, ["x": [["segments": documents]]],
        ].enumerated() {
            let path = dir.appendingPathComponent("wrapper-\(n).json")
            try JSONSerialization.data(withJSONObject: wrapper).write(to: path)
            let d = DatasetBuilder.build(Ingestor.ingest(paths: [path.path]))
            #expect(d.accounting == expected.accounting, "wrapper \(n)")
            #expect(d.invocations.map(\.report) == expected.invocations.map(\.report), "wrapper \(n)")
            #expect(d.invocations.map(\.category) == [.cold], "wrapper \(n)")
        }
        let none = dir.appendingPathComponent("none.json")
        try Data(#"{"fn-a": [{"Id": "x"}]}"#.utf8).write(to: none)
        let d = DatasetBuilder.build(Ingestor.ingest(paths: [none.path]))
        #expect(d.accounting.malformed == 1 && d.problems.first?.message.contains("unrecognised JSON document") == true)
    }
}
