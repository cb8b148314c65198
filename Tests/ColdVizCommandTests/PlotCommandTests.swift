import ColdVizCairo
import ColdVizTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `coldviz plot` end to end: the files it writes, their names and sizes, exit codes and messages.
@Suite("coldviz plot")
struct PlotCommandTests {
    @Test("every chart kind, named after chart and grouping, in the asked sizes and formats")
    func allCharts() throws {
        let out = FixturePaths.temporaryDirectory()
        let r = try ColdVizProcess.run([
            "plot", FixturePaths.fixture("experiment/formats/s3-export"), "--by", "method", "--out", out.path,
            "--format", "png,svg,pdf", "--width", "640", "--height", "360",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let names = [
            "distribution-by-method", "timeline-by-method-burst-1", "timeline-by-method-burst-2", "timeline-by-method-burst-3",
            "percentiles-by-method", "heatmap-p50-method-by-memory", "ecdf-by-method", "box-by-method",
        ]
        for name in names {
            for ext in ["png", "svg", "pdf"] {
                let path = out.appendingPathComponent("\(name).\(ext)").path
                #expect(r.stdout.contains(path), "listed: \(path)")
                let data = try #require(FileManager.default.contents(atPath: path), "written: \(path)")
                switch ext {
                case "png":
                    let image = try RasterImage.decodePNG([UInt8](data))
                    #expect(image.width == 640 && image.height == 360, "\(name)")
                case "svg": #expect(XMLParser(data: data).parse(), "\(name).svg parses as XML")
                default: #expect(data.starts(with: Array("%PDF".utf8)))
                }
            }
        }
        // No timestamps left behind by the atomic writes.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter {
            !$0.hasSuffix(".png") && !$0.hasSuffix(".svg") && !$0.hasSuffix(".pdf")
        }
        #expect(leftovers.isEmpty)
        // The explaining charts have no data here: `all` skips them with a note.
        #expect(r.stderr.contains("phases skipped"))
    }

    @Test("same input, same options: identical SVG and PDF bytes")
    func deterministic() throws {
        var outputs: [[Data]] = []
        for _ in 0..<2 {
            let out = FixturePaths.temporaryDirectory()
            let r = try ColdVizProcess.run([
                "plot", ColdVizProcess.experimentText, "--chart", "distribution,percentiles", "--format", "svg,pdf", "--out",
                out.path,
            ])
            #expect(r.status == 0, "\(r.stderr)")
            outputs.append(
                try ["distribution-by-method.svg", "distribution-by-method.pdf", "percentiles-by-method.pdf"].map {
                    try Data(contentsOf: out.appendingPathComponent($0))
                })
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test(
        "bad usage exits 64 with the reason",
        arguments: [
            (["--chart", "pie"], "`--chart` must be `all` or a list of"),
            (["--format", "gif"], "`--format` must be a list of png, svg, pdf"),
            (["--bins=-4"], "`--bins` must be auto or a whole number of at least 1"),
            (["--width", "5"], "`--width` and `--height` must be whole numbers from 16 to 20000"),
            (["--burst-gap", "soon"], "`--burst-gap` must be a duration"),
            (["--heatmap", "method"], "`--heatmap` must name two dimensions"),
            (["--chart", "compare"], "`--chart compare` needs `--before PATH`"),
        ])
    func badFlags(flags: [String], message: String) throws {
        let r = try ColdVizProcess.run(
            ["plot", ColdVizProcess.experimentText, "--out", FixturePaths.temporaryDirectory().path] + flags)
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test(
        "`compare` named by [plot] charts of coldviz.toml without --before exits 64 naming --before",
        arguments: [["compare"], ["distribution", "compare"]])
    func compareFromProjectNeedsBefore(charts: [String]) throws {
        let dir = FixturePaths.temporaryDirectory()
        let list = charts.map { "\"\($0)\"" }.joined(separator: ", ")
        let toml = "inputs = [\"\(ColdVizProcess.experimentText)\"]\n[plot]\ncharts = [\(list)]\nout = \"charts\"\n"
        try Data(toml.utf8).write(to: dir.appendingPathComponent("coldviz.toml"))
        let r = try ColdVizProcess.run(["plot"], in: dir)
        #expect(!r.crashed, "\(r.stderr)")
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("`compare` needs `--before PATH`"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("charts").path), "nothing drawn")
    }

    @Test(
        "a [plot] value of coldviz.toml no chart can be drawn with exits 64 naming its key, for plot and report",
        arguments: [
            ("bins = \"many\"", "`plot.bins` in coldviz.toml must be auto"),
            ("heatmap = \"method\"", "`plot.heatmap` in coldviz.toml must name two dimensions"),
            ("theme = \"sepia\"", "`plot.theme` in coldviz.toml must be light or dark"),
        ])
    func badProjectValue(line: String, message: String) throws {
        let dir = FixturePaths.temporaryDirectory()
        let toml = "inputs = [\"\(ColdVizProcess.experimentText)\"]\n[plot]\n\(line)\nout = \"charts\"\n"
        try Data(toml.utf8).write(to: dir.appendingPathComponent("coldviz.toml"))
        for command in line.hasPrefix("theme") ? ["plot"] : ["plot", "report"] {
            let r = try ColdVizProcess.run([command], in: dir)
            #expect(!r.crashed, "\(r.stderr)")
            #expect(r.status == 64, "\(command): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(command): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("charts").path), "nothing drawn")
    }

    @Test("a chart that cannot be written exits 1 naming its path once")
    func unwritableChart() throws {
        let dir = FixturePaths.temporaryDirectory()
        let blocked = dir.appendingPathComponent("distribution-by-method.png")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let r = try ColdVizProcess.run(
            ["plot", ColdVizProcess.experimentText, "--by", "method", "--chart", "distribution", "--out", dir.path])
        #expect(!r.crashed, "\(r.stderr)")
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("coldviz: error: cannot write \(blocked.path): "), "\(r.stderr)")
        #expect(r.stderr.components(separatedBy: blocked.path).count == 2, "the path once: \(r.stderr)")
    }

    @Test("no cold start to draw, or an explaining chart without data, is an error")
    func emptySelection() throws {
        let dir = FixturePaths.temporaryDirectory()
        let warm = dir.appendingPathComponent("warm.log")
        try Data(
            "REPORT RequestId: w1\tDuration: 1.00 ms\tBilled Duration: 1 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB\n".utf8
        ).write(to: warm)
        let r = try ColdVizProcess.run(["plot", warm.path, "--out", dir.appendingPathComponent("c").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no cold start (REPORT with Init Duration) to draw in \(warm.path)"))
        let phases = try ColdVizProcess.run(["plot", ColdVizProcess.experimentText, "--chart", "phases", "--out", dir.path])
        #expect(phases.status == 1 && phases.stderr.contains("cannot draw phases: no invocation has an X-Ray trace"))
    }
}
