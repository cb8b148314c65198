import ColdVizCore
import ColdVizStats
import ColdVizTestSupport
import Foundation
import Testing

/// Proactive and provisioned initialisations: counted apart from the cold starts (README, Definitions).
@Suite("Proactive and provisioned initialisations")
struct PreinitialisedTests {
    private static let stream = "2024/03/04/[$LATEST]0000000000000000000000000000000c"

    private func dataset(_ name: String, _ text: String) throws -> Dataset {
        let dir = FixturePaths.temporaryDirectory()
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        return StreamingBuilder.build(paths: [dir.path])
    }

    /// An environment initialised at 10:00:00 whose request starts at `start` and reports `initDuration`.
    private func environment(start: String, initDuration: String) -> String {
        let s = Self.stream
        return """
            \(s) 2024-03-04T10:00:00.000000+00:00 INIT_START Runtime Version: python:3.12.v23\tRuntime Version ARN: arn:x
            \(s) 2024-03-04T\(start)+00:00 START RequestId: p Version: $LATEST
            \(s) 2024-03-04T\(start)+00:00 REPORT RequestId: p\tDuration: 12.00 ms\tBilled Duration: 13 ms\tMemory Size: 1024 MB\tMax Memory Used: 90 MB\tInit Duration: \(initDuration) ms
            """
    }

    @Test("an init that ended five minutes before its request is proactive: no cold start, summarised apart")
    func proactive() throws {
        // The issue's case: INIT_START 10:00:00, first request at 10:05:00, Init Duration 1200.50 ms.
        let d = try dataset("perf_zip_Python312_1024.log", environment(start: "10:05:00.000000", initDuration: "1200.50"))
        #expect(d.invocations.map(\.category) == [.proactive])
        #expect(d.preinitialisedEnvironments == 1)
        let a = Analyzer.analyze(d, labeler: Labeler(), groupBy: [.method])
        let g = try #require(a.groups.first)
        #expect(g.coldStarts == 0 && g.coldStartRate == 0 && g.initDuration == nil)
        #expect(g.proactiveInits == 1 && g.proactiveInitDuration?.count == 1 && g.proactiveInitDuration?.mean == 1200.5)
        let json = AnalysisJSON.render(a)
        #expect(json.contains("\"proactiveInits\": 1"))
    }

    @Test(
        "START − (INIT_START + Init Duration) at or below the gap is a cold start, above it proactive",
        arguments: [
            ("10:00:02.200000", "1200.50", StartCategory.cold), ("10:00:02.200000", "1200.00", .cold),
            ("10:00:02.201000", "1200.00", .proactive),
        ])
    func gapBoundary(start: String, initDuration: String, expected: StartCategory) throws {
        // 2,200 ms after INIT_START: 999.5 ms after a 1,200.5 ms init, 1,000 ms after a 1,200 ms one; then 1,001 ms.
        let d = try dataset("perf_zip_Python312_1024.log", environment(start: start, initDuration: initDuration))
        #expect(d.invocations.map(\.category) == [expected])
    }

    @Test("a provisioned-concurrency init (JSON log format) makes its first invocation provisioned, not cold")
    func provisioned() throws {
        // Each environment at its own minute: equal INIT_STARTs of two files would be one event read twice.
        func lines(_ type: String, _ id: String, minute: Int, initDuration: Bool) -> [String] {
            [
                #"{"time":"2024-03-04T09:0\#(minute):00.000Z","type":"platform.initStart","record":{"initializationType":"\#(type)","phase":"init","runtimeVersion":"python:3.12.v23","functionName":"perf_zip_Python312_1024","functionVersion":"3"}}"#,
                #"{"time":"2024-03-04T09:0\#(minute):00.800Z","type":"platform.initReport","record":{"initializationType":"\#(type)","phase":"init","status":"success","metrics":{"durationMs":800.0}}}"#,
                #"{"time":"2024-03-04T09:0\#(minute):00.801Z","type":"platform.start","record":{"requestId":"\#(id)","version":"3"}}"#,
                #"{"time":"2024-03-04T09:0\#(minute):00.850Z","type":"platform.report","record":{"requestId":"\#(id)","metrics":{"durationMs":49.0,"billedDurationMs":50,"memorySizeMB":1024,"maxMemoryUsedMB":90\#(initDuration ? #","initDurationMs":800.0"# : "")},"status":"success"}}"#,
            ]
        }
        let text =
            (lines("provisioned-concurrency", "a", minute: 0, initDuration: true)
            + lines("provisioned-concurrency", "b", minute: 1, initDuration: false)
            + lines("on-demand", "c", minute: 2, initDuration: true))
            .joined(separator: "\n")
        let dir = FixturePaths.temporaryDirectory()
        // One environment per file (a JSON-format log has no stream name).
        for (n, chunk) in stride(from: 0, to: 12, by: 4).map({ Array(text.split(separator: "\n")[$0..<$0 + 4]) })
            .enumerated()
        {
            try Data(chunk.joined(separator: "\n").utf8).write(to: dir.appendingPathComponent("env\(n).jsonl"))
        }
        let d = StreamingBuilder.build(paths: [dir.path])
        let byId = Dictionary(uniqueKeysWithValues: d.invocations.map { ($0.report.requestId.description, $0.category) })
        #expect(byId == ["a": .provisioned, "b": .provisioned, "c": .cold])
        #expect(d.count(.cold) == 1 && d.count(.provisioned) == 2)
        let g = try #require(Analyzer.analyze(d, labeler: Labeler(), groupBy: [.function]).groups.first)
        #expect(g.coldStarts == 1 && g.provisionedInits == 2 && g.provisionedInitDuration?.count == 1)
        #expect(g.initDuration?.count == 1)
    }
}
