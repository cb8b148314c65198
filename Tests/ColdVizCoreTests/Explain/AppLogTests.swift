import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Powertools, EMF, Lambda Insights and Datadog lines (docs/FORMATS.md §7) and `-X importtime` (§9).
@Suite("Structured application logs and import timings")
struct AppLogTests {
    private func appLogs(_ ingest: FileIngest) -> [AppLogRecord] {
        ingest.events.compactMap { if case .appLog(let a) = $0.record { a } else { nil } }
    }

    private func sample(_ name: String) -> FileIngest {
        let files = InputDiscovery.discover([FixturePaths.realSample(name)]).files
        return Ingestor.readFile(files[0], index: 0, options: IngestOptions())
    }

    @Test("EMF ColdStart as [1.0], Datadog metric, Lambda Insights performance event")
    func metrics() throws {
        let emf = try #require(appLogs(sample("f_powertools-python_docs_capture_cold_start_metric_output_EMF.json")).first)
        #expect(emf.source == .emf && emf.coldStart == true)
        let dd = try #require(appLogs(sample("f_powertools-python_docs_datadog_capture_cold_start_metric_output.json")).first)
        #expect(dd.source == .datadog && dd.coldStart == true)
        let insights = try #require(appLogs(sample("f_awsdocs-cloudwatch-guide_Lambda-Insights-example-event_EMF.json")).first)
        #expect(insights.source == .lambdaInsights)
        #expect(insights.coldStart != nil && insights.requestId != nil)
    }

    @Test("Powertools records in every casing; the .NET tail's REPORT keeps its own id")
    func powertools() throws {
        let docs = appLogs(sample("f_powertools-python_docs_inject_lambda_context_output.json"))
        #expect(docs.count == 2)
        #expect(docs.allSatisfy { $0.source == .powertools && $0.coldStart == true && $0.memorySizeMegabytes == 128 })
        let sam = sample("f_mcnamarabrian-pycon2024_README-LOGGING_sam-logs_powertools-EMF.txt")
        #expect(appLogs(sam).contains { $0.source == .powertools && $0.requestId != nil })
        let d = DatasetBuilder.build(
            Ingestor.ingest(paths: [
                FixturePaths.realSample("f_mcnamarabrian-pycon2024_README-LOGGING_sam-logs_powertools-EMF.txt")
            ]))
        #expect(d.joins.appLogsMatched > 0)
        #expect(d.joins.coldStartDisagreements == 0)
    }

    @Test("logs with module times in alternating layouts keep their own names and times once names are shared")
    func sharedModuleNames() {
        let layouts = [["numpy", "aws_lambda_powertools"], ["numpy", "pandas_extension_module"], ["x", "y"]]
        var lines: [String] = []
        var expected: [[ModuleTime]] = []
        for n in 0..<12 {
            let names = layouts[n % 3 == 2 && n > 6 ? 2 : n % 2]
            let times = names.enumerated().map { ModuleTime(name: $0.element, microseconds: Double(100 * n + $0.offset)) }
            let members = times.map { "\"\($0.name)\":\(Int($0.microseconds))" }.joined(separator: ",")
            lines.append(#"{"level":"INFO","message":"module_timings","timings":{"# + members + "}}")
            expected.append(times)
        }
        let logs = appLogs(ingestText(lines.joined(separator: "\n") + "\n"))
        #expect(logs.map { Array($0.moduleTimingsMicroseconds) } == expected)
    }

    @Test("files naming the same modules share one list of names")
    func namesSharedAcrossFiles() throws {
        let line = #"{"level":"INFO","message":"module_timings","timings":{"numpy_shared_name_test":1,"pandas_shared":2}}"#
        let first = try #require(appLogs(ingestText(line + "\n")).first)
        let second = try #require(appLogs(ingestText(line.replacingOccurrences(of: ":1,", with: ":5,") + "\n")).first)
        #expect(Array(second.moduleTimingsMicroseconds).map(\.microseconds) == [5, 2])
        let buffers = [first, second].map { $0.moduleTimingsMicroseconds.names.withUnsafeBufferPointer { $0.baseAddress } }
        #expect(buffers[0] != nil && buffers[0] == buffers[1])
    }

    @Test("an -X importtime block becomes a tree joined to the cold start that follows it")
    func importTime() throws {
        // One line a second: the Init Duration (6.8 s) ends the init 200 ms before the START, as on demand
        // (a shorter one would make the invocation a proactive initialisation).
        let s = "2024/03/04/[$LATEST]0000000000000000000000000000000b"
        let lines = [
            "INIT_START Runtime Version: python:3.11.v33\tRuntime Version ARN: arn:x",
            "import time: self [us] | cumulative | imported package",
            "import time:       412 |        412 |     numpy._utils._inspect",
            "import time:      1873 |       2285 |   numpy._utils",
            "import time:     96210 |     98495 | numpy",
            "import time:      2011 |       2011 | base64",
            "import time:    cached |     cached | json",
            "START RequestId: r1 Version: $LATEST",
            "REPORT RequestId: r1\tDuration: 10.00 ms\tBilled Duration: 10 ms\tMemory Size: 1024 MB\tMax Memory Used: 90 MB\tInit Duration: 6800.00 ms",
        ]
        let text = lines.enumerated().map { "\(s) 2024-03-04T10:00:0\($0.offset).000000+00:00 \($0.element)" }.joined(
            separator: "\n")
        let dir = FixturePaths.temporaryDirectory()
        try Data(text.utf8).write(to: dir.appendingPathComponent("perf_zip_Python311_1024.log"))
        let d = DatasetBuilder.build(Ingestor.ingest(paths: [dir.path]))
        #expect(d.accounting.importTimeLines == 5)  // header + 4 timed lines; the `cached` line is ignored
        let inv = try #require(d.invocations.first)
        let tree = try #require(inv.explanation.importTree)
        #expect(tree.nodes.map(\.module) == ["numpy._utils._inspect", "numpy._utils", "numpy", "base64"])
        #expect(tree.nodes.map(\.depth) == [2, 1, 0, 0])
        #expect(inv.explanation.moduleTimesMicroseconds.map(\.name) == ["numpy", "base64"])
        let imports = try #require(ImportStatistics.of([inv]))
        // (98,495 + 2,011) µs / 6,800 ms of Init Duration.
        #expect(abs(try #require(imports.shareOfInitDuration) - 100.506 / 6800) < 1e-12)
        #expect(inv.category == .cold)
        let numpy = try #require(imports.tree.first)
        #expect(numpy.module == "numpy" && numpy.children.first?.module == "numpy._utils")
        #expect(numpy.children.first?.children.first?.module == "numpy._utils._inspect")
    }

    @Test("module timings and phases reach analyze's JSON, with the join coverage")
    func analyzeJSON() throws {
        let a = analyzeForTest([FixturePaths.fixture("synth/formats/xray")], groupBy: [.method])
        let text = AnalysisJSON.render(a)
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let joins = (json["inputs"] as! [String: Any])["joins"] as! [String: Any]
        #expect(joins["tracesWithoutLog"] as? Int == 0)
        #expect((joins["coldStartsWithImportTimings"] as? Int ?? 0) > 0)
        for group in json["groups"] as! [[String: Any]] {
            let phases = try #require(group["phases"] as? [String: Any])
            #expect(phases["initialization"] != nil && phases["invocation"] != nil)
            let imports = try #require(group["imports"] as? [String: Any])
            let modules = try #require(imports["modules"] as? [[String: Any]])
            #expect(modules.contains { $0["name"] as? String == "pandas" })
            // Costliest first.
            let p95s = modules.compactMap { $0["p95"] as? Double }
            #expect(p95s == p95s.sorted(by: >))
        }
    }
}
