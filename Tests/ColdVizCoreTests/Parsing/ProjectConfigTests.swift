import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// `coldviz.toml`: values, and every error of the reader with its line and what was expected.
@Suite("Project file")
struct ProjectConfigTests {
    private func write(_ text: String) throws -> String {
        let dir = FixturePaths.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("logs/a"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("logs/b"), withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("coldviz.toml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("values are read, paths resolved against the file's folder, globs expanded")
    func values() throws {
        let path = try write(
            """
            inputs = ["logs/*", "/abs/file.log"]
            label_pattern = "svc-{method}-{memory}"
            by = ["method", "memory"]
            percentiles = [50, 99.9]
            [labels]
            "legacy-*" = { method = "image", memory = 1024 }
            [plot]
            width = 640
            dpi = 96
            log_x = true
            bins = 30
            out = "charts"
            [check]
            baseline = "base.json"
            max_increase = { p95 = "10%", p50 = "5%" }
            confidence = 0.9
            """)
        let c = try ProjectConfig(contentsOf: path)
        let dir = (path as NSString).deletingLastPathComponent
        #expect(c.inputs == [dir + "/logs/a", dir + "/logs/b", "/abs/file.log"])
        #expect(c.labelPattern == "svc-{method}-{memory}")
        #expect(c.by == [.method, .memory])
        #expect(c.percentiles == [50, 99.9])
        #expect(c.labels.values(for: "legacy-x")?[.memory] == "1024")
        #expect(c.plot.width == 640 && c.plot.dpi == 96 && c.plot.logX == true && c.plot.bins == "30")
        #expect(c.plot.out == dir + "/charts")
        #expect(c.check.baseline == dir + "/base.json")
        #expect(c.check.maxIncrease == "p50=5%,p95=10%")
        #expect(c.check.confidence == 0.9)
    }

    @Test(
        "errors name the file, the line and what was expected",
        arguments: [
            ("inputs = [\"logs\"]\n\n[plot]\nwidth = \"wide\"\n", 4, "`plot.width` must be an integer, not a string"),
            ("inputs = [\"logs\"]\ncolour = \"red\"\n", 2, "unknown key `colour`; expected one of inputs"),
            ("[plot]\nby = [\"method\"]\nfont = 3\n", 3, "unknown key `plot.font`"),
            ("by = [\"colour\"]\n", 1, "`by` names `colour`, which is not a dimension"),
            ("label_pattern = \"perf_{flavour}\"\n", 1, "`label_pattern` is invalid"),
            ("inputs = [\"nothing-*\"]\n", 1, "pattern `nothing-*` matches nothing"),
            ("inputs = 3\n", 1, "`inputs` must be an array of strings, not an integer"),
            ("percentiles = [50, 100]\n", 1, "must hold numbers between 0 and 100"),
            ("[labels]\nf = { colour = \"x\" }\n", 2, "unknown key `labels.f.colour`"),
            ("[check]\nmax_increase = 10\n", 2, "`check.max_increase` must be a string"),
            ("inputs = [\n", 1, "invalid TOML"),
        ])
    func errors(text: String, line: Int, message: String) throws {
        let path = try write(text)
        #expect {
            try ProjectConfig(contentsOf: path)
        } throws: { error in
            guard let e = error as? ConfigError else { return false }
            return e.problem.line == line && e.problem.file == path && e.description.contains(message)
        }
    }

    @Test("a missing file is a clear error")
    func missing() {
        #expect(throws: ConfigError.cannotRead(path: "/nonexistent/coldviz.toml")) {
            try ProjectConfig(contentsOf: "/nonexistent/coldviz.toml")
        }
    }
}
