import ColdVizTestSupport
import Foundation
import Testing

/// `coldviz analyze` end to end on the fixture experiment (24 functions, 1,028 invocations, 360 cold,
/// 4,352 text events: Fixtures/experiment/README.md). Expected statistics are numpy's
/// (`expected-stats.json`, numpy 2.4.6) or computed here with numpy 2.4.6 from `truth.jsonl`.
@Suite("coldviz analyze: output formats and flags")
struct AnalyzeCommandTests {
    nonisolated(unsafe) static let expected: [String: Any] = {
        let data = FileManager.default.contents(atPath: FixturePaths.fixture("experiment/expected-stats.json"))!
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }()

    private func run(_ arguments: String...) throws -> CommandResult { try ColdVizProcess.run(arguments) }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func close(_ got: Any?, _ want: Double, _ what: String) {
        guard let got = got as? Double ?? (got as? Int).map(Double.init) else {
            Issue.record("\(what): not a number: \(String(describing: got))")
            return
        }
        #expect(abs(got - want) <= 1e-9 * max(1, abs(want)), "\(what): \(got) != \(want)")
    }

    @Test("table: one row per group, the accounting, at most 100 columns")
    func table() throws {
        let r = try run("analyze", ColdVizProcess.experimentText)
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines.first == "Cold starts by method, python, memory: invocations, cold starts, failed inits, Init Duration (ms)")
        for line in lines { #expect(line.count <= 100, "too wide (\(line.count)): \(line)") }
        let groups = try #require(Self.expected["groups"] as? [[String: Any]])
        for g in groups {
            let key = g["key"] as! [String: Any]
            let cells = [
                "\(key["method"]!)", "\(key["python"]!)", "\(key["memory"]!)", "\(g["invocations"]!)", "\(g["coldStarts"]!)",
            ]
            let rows = lines.filter { $0.split(separator: " ").prefix(5).map(String.init) == cells }
            #expect(rows.count == 1, "row \(cells)")
        }
        #expect(r.stdout.contains("files read: 24\n"))
        #expect(r.stdout.contains("events: 4352 = "))
        #expect(r.stdout.contains(" + 0 malformed + 0 duplicates\n"))
        #expect(r.stdout.contains("REPORT records: 1028 (cold 360, warm 668, suppressed-init cold 0, SnapStart restores 0)"))
        #expect(!r.stdout.contains("DOES NOT RECONCILE"))
    }

    @Test("--format json: schema 1, input totals, numpy's Init Duration per group")
    func jsonOutput() throws {
        let r = try run("analyze", ColdVizProcess.experimentText, "--format", "json")
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let doc = try json(r.stdout)
        #expect(doc["schemaVersion"] as? Int == 1)
        #expect(doc["groupBy"] as? [String] == ["method", "python", "memory"])
        #expect(doc["percentiles"] as? [Double] == [0.5, 0.9, 0.95, 0.99])
        let inputs = try #require(doc["inputs"] as? [String: Any])
        #expect(inputs["files"] as? Int == 24)
        #expect(inputs["events"] as? Int == 4352)
        #expect(inputs["reports"] as? Int == 1028)
        #expect(inputs["coldStarts"] as? Int == 360)
        #expect(inputs["warmStarts"] as? Int == 668)
        #expect(inputs["malformed"] as? Int == 0)
        #expect(inputs["duplicates"] as? Int == 0)
        #expect((inputs["problems"] as? [Any])?.isEmpty == true)
        let groups = try #require(doc["groups"] as? [[String: Any]])
        let want = try #require(Self.expected["groups"] as? [[String: Any]])
        #expect(groups.count == want.count)
        for w in want {
            let key = w["key"] as! [String: Any]
            let g = try #require(groups.first { ($0["key"] as? [String: String]) == key.mapValues { "\($0)" } }, "group \(key)")
            #expect(g["invocations"] as? Int == w["invocations"] as? Int)
            #expect(g["coldStarts"] as? Int == w["coldStarts"] as? Int)
            let got = try #require(g["initDuration"] as? [String: Any]), init_ = w["initDuration"] as! [String: Any]
            for stat in ["p50", "p95", "p99", "mean", "max"] { close(got[stat], init_[stat] as! Double, "\(key) init \(stat)") }
            #expect(
                got["lowSample"] as? [String] == ["p50", "p90", "p95", "p99"], "15 cold starts are below 10/(1-p) for every p")
        }
    }

    @Test("--format csv: header, one CRLF row per group, numpy's p95")
    func csvOutput() throws {
        let r = try run("analyze", ColdVizProcess.experimentText, "--format", "csv")
        #expect(r.status == 0)
        let rows = r.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 25)
        let header = rows[0].split(separator: ",").map(String.init)
        #expect(header.prefix(5) == ["method", "python", "memory", "invocations", "coldStarts"])
        let p95 = try #require(header.firstIndex(of: "initDuration_p95"))
        let row = try #require(rows.first { $0.hasPrefix("zip,3.9,1024,") }).split(
            separator: ",", omittingEmptySubsequences: false)
        close(Double(row[p95]), 3149.388, "zip 3.9 1024 init p95")  // expected-stats.json (numpy 2.4.6)
    }

    @Test("--format markdown: heading, pipe tables, accounting in <details>")
    func markdownOutput() throws {
        let r = try run("analyze", ColdVizProcess.experimentText, "--format", "markdown")
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("### Cold starts by method, python, memory\n"))
        #expect(r.stdout.contains("| method"))
        #expect(r.stdout.split(separator: "\n").filter { $0.hasPrefix("| zip_layers") }.count == 16)  // 8 rows in each table
        #expect(r.stdout.contains("<details><summary>Input accounting</summary>"))
        #expect(r.stdout.contains("- REPORT records: 1028 (cold 360,"))
    }

    @Test("--output FILE writes what stdout would have shown, and nothing to stdout")
    func outputFile() throws {
        let dir = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("summary.json").path
        let toFile = try run("analyze", ColdVizProcess.experimentText, "--format", "json", "--output", path)
        #expect(toFile.status == 0)
        #expect(toFile.stdout.isEmpty)
        let toStdout = try run("analyze", ColdVizProcess.experimentText, "--format", "json")
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) == toStdout.stdout)
    }

    @Test("--by function gives the 24 functions; --by method numpy's per-method p95")
    func groupBy() throws {
        let byFunction = try json(
            try run("analyze", ColdVizProcess.experimentText, "--by", "function", "--format", "json").stdout)
        let functions = (byFunction["groups"] as? [[String: Any]] ?? []).compactMap {
            ($0["key"] as? [String: String])?["function"]
        }
        #expect(functions.count == 24)
        #expect(functions.contains("perf_zip_layers_Python311_10240"))
        let byMethod = try json(try run("analyze", ColdVizProcess.experimentText, "--by", "method", "--format", "json").stdout)
        #expect(byMethod["groupBy"] as? [String] == ["method"])
        let groups = try #require(byMethod["groups"] as? [[String: Any]])
        let want = (Self.expected["byMethod"] as! [String: Any])["groups"] as! [[String: Any]]
        #expect(groups.count == 3)
        for w in want {
            let method = (w["key"] as! [String: Any])["method"] as! String
            let g = try #require(groups.first { ($0["key"] as? [String: String])?["method"] == method })
            #expect(g["invocations"] as? Int == w["invocations"] as? Int)
            let initDuration = try #require(g["initDuration"] as? [String: Any])
            close(initDuration["p95"], (w["initDuration"] as! [String: Any])["p95"] as! Double, "\(method) p95")
        }
    }

    @Test("--percentiles 50,99.9: the asked percentiles, named p50 and p99.9")
    func percentiles() throws {
        let doc = try json(
            try run("analyze", ColdVizProcess.experimentText, "--percentiles", "50,99.9", "--format", "json").stdout)
        #expect(doc["percentiles"] as? [Double] == [0.5, 0.999])
        let g = try #require(
            (doc["groups"] as? [[String: Any]])?.first {
                ($0["key"] as? [String: String]) == ["method": "zip", "python": "3.9", "memory": "1024"]
            })
        let s = try #require(g["initDuration"] as? [String: Any])
        // numpy 2.4.6: np.percentile(init of the 15 zip/3.9/1024 cold starts in truth.jsonl, [50, 99.9])
        close(s["p50"], 2972.79, "p50")
        close(s["p99.9"], 3159.37616, "p99.9")
        #expect(s["p95"] == nil)
        let table = try run("analyze", ColdVizProcess.experimentText, "--percentiles", "50,99.9")
        #expect(table.stdout.contains("p99.9"))
    }

    @Test("--label-pattern names the dimensions a function name holds")
    func labelPattern() throws {
        let r = try run(
            "analyze", ColdVizProcess.experimentText, "--label-pattern", "perf_{architecture}_Python{python}_{memory}",
            "--by", "architecture", "--format", "json")
        #expect(r.status == 0)
        let groups = try #require(try json(r.stdout)["groups"] as? [[String: Any]])
        #expect(groups.compactMap { ($0["key"] as? [String: String])?["architecture"] } == ["image", "zip", "zip_layers"])
        // A pattern no name matches: default grouping falls back to the function name.
        let unmatched = try json(
            try run("analyze", ColdVizProcess.experimentText, "--label-pattern", "fn_{method}", "--format", "json").stdout)
        #expect(unmatched["groupBy"] as? [String] == ["function"])
    }

    @Test("--labels file.json gives dimension values by glob")
    func labelsFile() throws {
        let dir = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let labels = dir.appendingPathComponent("labels.json")
        try Data(#"{"perf_image_*": {"architecture": "arm64"}, "perf_zip*": {"architecture": "x86_64"}}"#.utf8).write(to: labels)
        let r = try run(
            "analyze", ColdVizProcess.experimentText, "--labels", labels.path, "--by", "architecture", "--format", "json")
        #expect(r.status == 0)
        let groups = try #require(try json(r.stdout)["groups"] as? [[String: Any]])
        #expect(groups.compactMap { ($0["key"] as? [String: String])?["architecture"] } == ["arm64", "x86_64"])
        #expect(groups.map { $0["invocations"] as? Int } == [348, 680])  // expected-stats byMethod: 348 image; 348 + 332 zip*
        // numpy 2.4.6 over truth.jsonl: the 240 zip and zip_layers Init Durations.
        let x86 = try #require(groups.last?["initDuration"] as? [String: Any])
        close(x86["p50"], 3031.1499999999996, "x86_64 p50")
        close(x86["p95"], 3277.185, "x86_64 p95")
    }

    @Test("--help explains the exit codes")
    func help() throws {
        let r = try run("analyze", "--help")
        #expect(r.status == 0)
        #expect(r.stdout.contains("Exit status"))
        for code in ["0 all input read", "1 no invocation found", "2 statistics printed", "64 bad usage"] {
            #expect(
                r.stdout.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ").contains(code),
                "\(code)")
        }
    }
}
