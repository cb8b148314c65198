import CSQLite
import ColdVizCore
import ColdVizStats
import ColdVizTestSupport
import Foundation
import Testing

/// `coldviz.toml` driving commands with no paths, `coldviz init`, and `coldviz export` round trips.
@Suite("Project file, init and export")
struct ProjectAndExportTests {
    /// A folder holding the fixture experiment's text logs as `logs/`.
    private func project() throws -> URL {
        let dir = FixturePaths.temporaryDirectory()
        try FileManager.default.copyItem(atPath: ColdVizProcess.experimentText, toPath: dir.appendingPathComponent("logs").path)
        return dir
    }

    @Test("init infers the inputs and the label pattern, then analyze and plot need no arguments")
    func initThenNoArguments() throws {
        let dir = try project()
        let initRun = try ColdVizProcess.run(["init"], in: dir)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        #expect(initRun.stdout.contains("inputs: logs"))
        #expect(initRun.stdout.contains("label pattern: perf_{method}_Python{python}_{memory}"))
        let toml = try String(contentsOf: dir.appendingPathComponent("coldviz.toml"), encoding: .utf8)
        #expect(toml.contains("inputs = [\"logs\"]"))
        let again = try ColdVizProcess.run(["init"], in: dir)
        #expect(again.status == 1 && again.stderr.contains("--force"))

        let analyze = try ColdVizProcess.run(["analyze", "--format", "json"], in: dir)
        #expect(analyze.status == 0, "\(analyze.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(analyze.stdout.utf8)) as! [String: Any]
        #expect((json["inputs"] as! [String: Any])["reports"] as? Int == 1028)
        #expect(json["groupBy"] as? [String] == ["method", "python", "memory"])

        let plot = try ColdVizProcess.run(["plot", "--by", "method", "--chart", "distribution", "--out", "c"], in: dir)
        #expect(plot.status == 0, "\(plot.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("c/distribution-by-method.png").path))
    }

    @Test("flags override the file; a bad file is reported with its line")
    func overridesAndErrors() throws {
        let dir = try project()
        try Data("inputs = [\"logs\"]\nby = [\"method\"]\n".utf8).write(to: dir.appendingPathComponent("coldviz.toml"))
        let byFile = try ColdVizProcess.run(["analyze", "--format", "csv"], in: dir)
        #expect(byFile.stdout.hasPrefix("method,invocations"))
        let byFlag = try ColdVizProcess.run(["analyze", "--format", "csv", "--by", "memory"], in: dir)
        #expect(byFlag.stdout.hasPrefix("memory,invocations"))
        try Data("inputs = [\"logs\"]\n[plot]\nwidth = \"wide\"\n".utf8).write(to: dir.appendingPathComponent("coldviz.toml"))
        let bad = try ColdVizProcess.run(["plot"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("coldviz.toml:3: error: `plot.width` must be an integer, not a string"))
        let empty = FixturePaths.temporaryDirectory()
        let none = try ColdVizProcess.run(["analyze"], in: empty)
        #expect(none.status == 64 && none.stderr.contains("coldviz init"))
    }

    @Test("a coldviz.toml that TOMLKit would abort on is an error with its line, exit 2 (found by the config fuzz target)")
    func abortingConfig() throws {
        let dir = FixturePaths.temporaryDirectory()
        let header = "coldviz.toml:2: error: invalid TOML: a table header must start with a name, not a line break"
        for (bytes, expected) in [
            (try found("toml-header-line-break.toml"), "coldviz.toml:2: error: invalid TOML: the line is not UTF-8 text"),
            (try found("toml-array-item-brace.toml"), "coldviz.toml:13: error: invalid TOML: `}` inside an array"),
            (Data("inputs = [\"logs\"]\n[\nplot]\n".utf8), header),
        ] {
            try bytes.write(to: dir.appendingPathComponent("coldviz.toml"))
            let run = try ColdVizProcess.run(["analyze"], in: dir)
            #expect(run.status == 2 && run.stderr.contains(expected), "\(run.status) \(run.stderr)")
        }
    }

    /// A coldviz.toml the config fuzz target found (`Fixtures/fuzz-config`).
    private func found(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: FixturePaths.fixture("fuzz-config/" + name)))
    }

    @Test("CSV and JSON lines re-read give analyze's statistics")
    func exportRoundTrip() throws {
        let dir = try project()
        let analysis = analyzeForTest([dir.appendingPathComponent("logs").path])
        for format in ["csv", "jsonl"] {
            let out = dir.appendingPathComponent("records.\(format)").path
            let r = try ColdVizProcess.run(["export", "logs", "--format", format, "-o", out], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            let rows = try rowsOf(out, format: format)
            #expect(rows.count == 1028)
            var byKey: [String: [Double]] = [:]
            for row in rows where row["category"] == "cold" {
                byKey["\(row["method"]!)|\(row["python"]!)|\(row["memory"]!)", default: []].append(
                    Double(row["init_duration_ms"]!)!)
            }
            for g in analysis.groups {
                let values = try #require(byKey[g.key.map(\.value).joined(separator: "|")])
                let s = try #require(Summary(values: values))
                #expect(s == g.initDuration, "\(format) \(g.keyDescription)")
            }
        }
    }

    @Test("SQLite answers a group-by with analyze's counts, and a second export adds nothing")
    func sqlite() throws {
        let dir = try project()
        let db = dir.appendingPathComponent("records.sqlite").path
        for _ in 0..<2 {
            let r = try ColdVizProcess.run(["export", "logs", "--format", "sqlite", "-o", db], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let counts = try query(
            db, "select method, count(*), sum(category = 'cold') from invocations group by method order by method")
        #expect(counts == [["image", "348", "120"], ["zip", "348", "120"], ["zip_layers", "332", "120"]])
        let indexes = try query(db, "select count(*) from sqlite_master where type = 'index' and tbl_name = 'invocations'")
        #expect(Int(indexes[0][0])! >= 8)
    }

    private func rowsOf(_ path: String, format: String) throws -> [[String: String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        if format == "jsonl" {
            return text.split(separator: "\n").map { line in
                let o = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                return o.compactMapValues { v in v is NSNull ? nil : "\(v)" }
            }
        }
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, cells).filter { !$0.1.isEmpty })
        }
    }

    private func query(_ path: String, _ sql: String) throws -> [[String]] {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK else { throw CancellationError() }
        defer { sqlite3_close(db) }
        var s: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &s, nil) == SQLITE_OK else { throw CancellationError() }
        defer { sqlite3_finalize(s) }
        var rows: [[String]] = []
        while sqlite3_step(s) == SQLITE_ROW {
            rows.append((0..<sqlite3_column_count(s)).map { String(cString: sqlite3_column_text(s, $0)) })
        }
        return rows
    }
}
