import ColdVizCore
import ColdVizStats
import ColdVizTestSupport
import Foundation
import Testing

/// The fixture experiment is written in every container format coldviz reads; whichever one is
/// read, the statistics must equal those numpy computed from the ground truth
/// (`Fixtures/experiment/expected-stats.json`, numpy 2.4.6, written by scripts/make_fixtures.py).
@Suite("Same statistics from every export format")
struct FormatEquivalenceTests {
    static let formats = [
        "text", "console-copy", "logs-tail", "sam-logs", "s3-export", "get-log-events", "filter-log-events",
        "subscription/raw", "subscription/gzip", "subscription/zlib", "subscription/lambda-event",
        "subscription/kinesis", "subscription/firehose", "jsonlog", "jsonlog/jsonl", "insights",
        "insights-pwsh", "insights-csv",
    ]

    nonisolated(unsafe) static let expected: [String: Any] = {
        let data = FileManager.default.contents(atPath: FixturePaths.fixture("experiment/expected-stats.json"))!
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }()

    @Test("format reads every invocation with numpy's statistics", arguments: formats)
    func statisticsMatchNumpy(format: String) throws {
        let analysis = analyzeForTest([FixturePaths.fixture("experiment/formats/" + format)])
        #expect(analysis.groupBy == [.method, .python, .memory])
        let groups = try #require(Self.expected["groups"] as? [[String: Any]])
        #expect(analysis.groups.count == groups.count)
        #expect(analysis.dataset.accounting.malformed == 0)
        #expect(analysis.dataset.accounting.isReconciled)
        for want in groups {
            let key = want["key"] as! [String: Any]
            let keyValues = ["method", "python", "memory"].map { "\(key[$0]!)" }
            let got = try #require(analysis.groups.first { $0.key.map(\.value) == keyValues }, "group \(keyValues)")
            #expect(got.invocations == want["invocations"] as! Int, "\(keyValues)")
            #expect(got.coldStarts == want["coldStarts"] as! Int, "\(keyValues)")
            try check(got.initDuration, want["initDuration"], "\(format) \(keyValues) init")
            try check(got.durationCold, want["durationCold"], "\(format) \(keyValues) cold duration")
            try check(got.durationWarm, want["durationWarm"], "\(format) \(keyValues) warm duration")
            try check(got.billedDuration, want["billedDuration"], "\(format) \(keyValues) billed")
            try check(got.maxMemoryUsed, want["maxMemoryUsed"], "\(format) \(keyValues) memory")
        }
    }

    @Test("reading every format at once counts each invocation once")
    func overlappingExportsDeduplicate() throws {
        let analysis = analyzeForTest([FixturePaths.fixture("experiment/formats")])
        let groups = try #require(Self.expected["groups"] as? [[String: Any]])
        let invocations = groups.map { $0["invocations"] as! Int }.reduce(0, +)
        #expect(analysis.dataset.invocations.count == invocations)
        #expect(analysis.dataset.accounting.reports == invocations)
        #expect(analysis.dataset.accounting.duplicates > 0)
        #expect(analysis.dataset.accounting.isReconciled)
        #expect(analysis.groups.map(\.coldStarts).reduce(0, +) == groups.map { $0["coldStarts"] as! Int }.reduce(0, +))
    }

    private func check(_ got: Summary?, _ want: Any?, _ what: String) throws {
        guard let want = want as? [String: Any] else {
            #expect(got == nil, "\(what): expected no values")
            return
        }
        let s = try #require(got, "\(what): missing")
        #expect(s.count == want["count"] as! Int, "\(what) count")
        close(s.min, want["min"], what + " min")
        close(s.max, want["max"], what + " max")
        close(s.mean, want["mean"], what + " mean")
        if let sd = want["stddev"] as? Double { close(s.standardDeviation ?? .nan, sd, what + " stddev") }
        for (name, p) in [("p50", 0.5), ("p90", 0.9), ("p95", 0.95), ("p99", 0.99)] {
            close(s.percentile(p)?.value ?? .nan, want[name], "\(what) \(name)")
        }
    }

    private func close(_ got: Double, _ want: Any?, _ what: String) {
        let w = (want as? Double) ?? Double(want as! Int)
        #expect(abs(got - w) <= 1e-9 * max(1, abs(w)), "\(what): \(got) != \(w)")
    }
}
