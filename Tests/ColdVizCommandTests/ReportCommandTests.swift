import ColdVizTestSupport
import Foundation
import Testing

/// `coldviz report` end to end: the page it writes for the fixtures, exit codes, escaping of
/// hostile names, determinism and the project file.
@Suite("coldviz report")
struct ReportCommandTests {
    static let experiment = FixturePaths.fixture("experiment/formats/s3-export")
    static let xray = FixturePaths.fixture("synth/formats/xray")

    /// Runs `coldviz report arguments -o <temp>/report.html` and reads the page (nil when none was written).
    static func report(_ arguments: [String], in directory: URL? = nil) throws -> (CommandResult, String?, String) {
        let out = FixturePaths.temporaryDirectory().appendingPathComponent("report.html").path
        let r = try ColdVizProcess.run(["report"] + arguments + ["-o", out], in: directory)
        return (r, try? String(contentsOfFile: out, encoding: .utf8), out)
    }

    @Test("the experiment with a baseline: every chart kind, analyze's table, the check verdicts")
    func experimentWithBaseline() throws {
        let (r, html, path) = try Self.report([Self.experiment, "--baseline", FixturePaths.fixture("baseline.json")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == path + "\n")
        let page = try #require(html.flatMap(HTMLPageElements.parse), "a well-formed page")
        let expected = [
            "distribution-by-method", "timeline-by-method-burst-1", "timeline-by-method-burst-2", "timeline-by-method-burst-3",
            "percentiles-by-method", "heatmap-p50-method-by-memory", "ecdf-by-method", "box-by-method", "compare-by-method",
        ]
        #expect(page.figures.map(\.id) == expected.map { "chart-" + $0 })
        #expect(page.figures.allSatisfy { $0.svgs == 2 }, "a light and a dark SVG per chart")
        #expect(page.ids.contains("check"))
        #expect(page.text.contains("Not drawn: phases: no invocation has an X-Ray trace"))
        // The same verdict line as `coldviz check`, and the same counts as `analyze`.
        let check = try ColdVizProcess.run(["check", Self.experiment, "--baseline", FixturePaths.fixture("baseline.json")])
        let headline = try #require(check.stdout.split(separator: "\n").first)
        #expect(page.text.contains(String(headline)))
        let json = try ColdVizProcess.run(["analyze", Self.experiment, "--format", "json"])
        let inputs = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["inputs"] as? [String: Any])
        for (label, key) in [("invocations", "reports"), ("cold starts", "coldStarts"), ("failed inits", "initFailures")] {
            let n = try #require(inputs[key] as? Int)
            let text = n.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
            #expect(html!.contains("<dt>\(label)</dt><dd>\(text)</dd>"), "\(label) = \(text)")
        }
        let markdown = try ColdVizProcess.run(["analyze", Self.experiment, "--format", "markdown"])
        let groups =
            markdown.stdout.split(separator: "\n").prefix { !$0.hasPrefix("Duration") }.filter { $0.hasPrefix("| ") }.count - 1
        let firstTable = try #require(
            html!.components(separatedBy: "<tbody>").dropFirst().first?.components(separatedBy: "</tbody>").first)
        #expect(firstTable.components(separatedBy: "<tr>").count - 1 == groups)
    }

    @Test("same input, same bytes; --timestamp adds the time")
    func deterministic() throws {
        // The command line is on the page, so both runs write to the same path.
        let dir = FixturePaths.temporaryDirectory()
        var pages: [Data] = []
        for _ in 0..<2 {
            let r = try ColdVizProcess.run(["report", Self.experiment, "-o", "r.html"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            pages.append(try Data(contentsOf: dir.appendingPathComponent("r.html")))
            try FileManager.default.removeItem(at: dir.appendingPathComponent("r.html"))
        }
        #expect(pages[0] == pages[1])
        let first = String(data: pages[0], encoding: .utf8)
        let (_, stamped, _) = try Self.report([Self.experiment, "--timestamp"])
        #expect(stamped?.contains(", made 20") == true && first?.contains(", made 20") == false)
    }

    @Test("X-Ray traces and import timings add phases, imports and import trees; problems keep file:line; exit 2")
    func explaining() throws {
        let (r, html, _) = try Self.report([Self.xray, "--chart-by", "method"])
        #expect(r.status == 2, "injected malformed lines: \(r.stderr)")
        let page = try #require(html.flatMap(HTMLPageElements.parse))
        let ids = page.figures.map(\.id)
        #expect(ids.contains("chart-phases-by-method") && ids.contains("chart-imports-by-method"))
        #expect(ids.contains { $0.hasPrefix("chart-importtree-") })
        // Each problem printed on stderr as path:line is on the page too.
        let problems = r.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(!problems.isEmpty)
        for p in problems.prefix(5) {
            let place = String(p.prefix { $0 != " " }.dropLast())
            #expect(page.text.contains(place), "\(place)")
        }
    }

    @Test("function names, paths and labels from the logs are escaped: no element is injected")
    func hostileNames() throws {
        let dir = FixturePaths.temporaryDirectory().appendingPathComponent("a&b\"'<i>dir")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let source = FixturePaths.fixture("experiment/formats/text/perf_image_Python311_1024.log")
        var log = try String(contentsOfFile: source, encoding: .utf8)
        log += "REPORT RequestId: 0000 Duration: 2O8.66 ms\n"
        try log.write(to: dir.appendingPathComponent("x\"&'<b>y.log"), atomically: true, encoding: .utf8)
        let script = "<script>alert(1)</script>"
        let labels = dir.deletingLastPathComponent().appendingPathComponent("labels.json")
        try Data("{\"*\": {\"method\": \"\(script)\"}}".utf8).write(to: labels)
        let (r, html, _) = try Self.report([dir.path, "--labels", labels.path, "--by", "function,method"])
        #expect(r.status == 2, "\(r.stderr)")
        let page = try #require(html.flatMap(HTMLPageElements.parse), "well-formed")
        for element in ["script", "b", "i"] { #expect(!page.names.contains(element), "no <\(element)> element") }
        #expect(page.text.contains(script) && page.text.contains("x\"&'<b>y") && page.text.contains("a&b\"'<i>dir"))
        #expect(html!.lowercased().components(separatedBy: "<script").count == 1)
    }

    @Test("no path: the inputs and groupings of coldviz.toml")
    func project() throws {
        let dir = FixturePaths.temporaryDirectory()
        let toml = "inputs = [\"\(Self.experiment)\"]\nby = [\"memory\"]\n[plot]\nby = [\"python\"]\n"
        try Data(toml.utf8).write(to: dir.appendingPathComponent("coldviz.toml"))
        let r = try ColdVizProcess.run(["report", "-o", "r.html"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: dir.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(html.contains("Statistics grouped by <strong>memory</strong>"))
        #expect(html.contains("id=\"chart-distribution-by-python\""))
        #expect(html.contains("coldviz report -o r.html"), "the command line, as given")
    }

    @Test(
        "bad usage exits 64, no invocation 1, an unreadable baseline 2",
        arguments: [
            (["--by", "colour"], Int32(64), "`--by`"),
            (["--heatmap", "method"], 64, "`--heatmap` must name two dimensions"),
            (["--percentiles", "120"], 64, "`--percentiles` must be numbers between 0 and 100"),
            (["--percentiles", "99.9,99.94"], 64, "`--percentiles` names p99.9 twice"),
            (["--baseline", "/nonexistent/baseline.json"], 2, "/nonexistent/baseline.json"),
        ])
    func failures(flags: [String], status: Int32, message: String) throws {
        let (r, html, _) = try Self.report([ColdVizProcess.experimentText] + flags)
        #expect(r.status == status)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(html == nil, "no page written")
    }

    @Test("a folder without invocations exits 1 and writes nothing")
    func nothingFound() throws {
        let empty = FixturePaths.temporaryDirectory()
        try Data("hello\n".utf8).write(to: empty.appendingPathComponent("app.log"))
        let (r, html, _) = try Self.report([empty.path])
        #expect(r.status == 1 && r.stderr.contains("no Lambda invocations"))
        #expect(html == nil)
    }
}
