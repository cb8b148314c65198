import ColdVizCore
import ColdVizProject
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

    @Test(
        "text toml++ would abort on or cut short is an error with its line (found by the config fuzz target)",
        arguments: [
            (Array("inputs = [\"logs\"]\n# fa\u{00E7}ade \u{BB}\n".utf8) + [0xBB, 0x0A], 3, "the line is not UTF-8 text"),
            (Array("inputs = [\"logs\"]\n".utf8) + [0] + Array("\nby = 3\n".utf8), 2, "the line holds a NUL byte"),
            (Array("inputs = [\"logs\"]\n[\nplot]\n".utf8), 2, "must start with a name, not a line break"),
            (Array("\u{FEFF}[\u{00E9}]\n".utf8), 1, "must start with a name, not `\u{00E9}`"),
            (Array("[plot]\nwidth = 3\n[[[plot]]]\n".utf8), 3, "must start with a name, not `[`"),
            (Array("[plot]\nout = \"\"\"[\n\"\"\"\"\n [ =]\n".utf8), 4, "must start with a name, not `=`"),
            (Array("percentiles = [50,\n}]\n".utf8), 2, "`}` inside an array"),
            (Array("percentiles = [\u{2028}50]\n".utf8), 1, "a Unicode line break outside a string or comment"),
        ])
    func abortingText(bytes: [UInt8], line: Int, message: String) throws {
        let path = try write("")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect {
            try ProjectConfig(contentsOf: path)
        } throws: { error in
            guard case .syntax(let file, let l, let m) = error as? ConfigError else { return false }
            return file == path && l == line && m.contains(message)
        }
    }

    @Test(
        "a `[` at the start of a line inside a value, a string or after a comment is not a table header",
        arguments: [
            ("percentiles = [\n  50, # [\n  [\n90]]\n", "an array"),
            ("percentiles = \"\"\"\n[\n\"\"\"\n", "a string"),
            ("percentiles = '''\n[x'''\n", "a string"),
            ("percentiles = [\"\u{2028}\", { a = 1 }] # \u{2029}\n", "a string"),
        ])
    func bracketsInValues(text: String, found: String) throws {
        let path = try write(text)
        #expect(
            throws: ConfigError.wrongType(path: path, line: 1, key: "percentiles", expected: "an array of numbers", found: found)
        ) {
            try ProjectConfig(contentsOf: path)
        }
    }

    @Test("a TOML labels file is checked as coldviz.toml is")
    func abortingLabelsFile() throws {
        let path = FixturePaths.temporaryDirectory().appendingPathComponent("labels.toml").path
        try Data("[\nlabels]\n".utf8).write(to: URL(fileURLWithPath: path))
        let reason = "line 1: invalid TOML: a table header must start with a name, not a line break"
        #expect(throws: LabelError.badLabelsFile(path: path, reason: reason)) { try LabelRules(contentsOf: path) }
    }

    @Test("a missing file is a clear error")
    func missing() {
        #expect(throws: ConfigError.cannotRead(path: "/nonexistent/coldviz.toml")) {
            try ProjectConfig(contentsOf: "/nonexistent/coldviz.toml")
        }
    }
}
