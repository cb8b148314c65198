import ColdVizProject
import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

@Suite("Labels")
struct LabelTests {
    @Test(
        "the study's names give method, python and memory",
        arguments: [
            ("perf_zip_layers_Python39_1769", "zip_layers", "3.9", "1769"),
            ("perf_zip_Python311_10240", "zip", "3.11", "10240"),
            ("perf_image_Python38_1024", "image", "3.8", "1024"),
        ])
    func studyPattern(name: String, method: String, python: String, memory: String) throws {
        let v = try #require(LabelPattern.study.match(name))
        #expect(v[.method] == method && v[.python] == python && v[.memory] == memory)
    }

    @Test("a custom pattern, and names that do not match")
    func customPattern() throws {
        let p = try LabelPattern("svc-{method}-{architecture}")
        #expect(p.match("svc-image-arm64")?[.architecture] == "arm64")
        #expect(p.match("other") == nil)
        #expect(LabelPattern.study.match("my-function") == nil)
        #expect(throws: LabelError.self) { try LabelPattern("perf_{colour}") }
        #expect(throws: LabelError.self) { try LabelPattern("no placeholders") }
    }

    @Test("data wins over the name; the labels file fills what names lack; unknown otherwise")
    func precedence() throws {
        let dir = FixturePaths.temporaryDirectory()
        let labels = dir.appendingPathComponent("labels.json")
        try Data(#"{"legacy-*": {"method": "image", "architecture": "arm64"}, "legacy-exact": {"method": "zip"}}"#.utf8).write(
            to: labels)
        let rules = try LabelRules(contentsOf: labels.path)
        #expect(rules.values(for: "legacy-exact")?[.method] == "zip")
        #expect(rules.values(for: "legacy-other")?[.method] == "image")
        #expect(rules.values(for: "other") == nil)

        let file = InputFile(path: "x/legacy-other.log", nameCandidates: ["legacy-other", "x"], logStream: nil)
        var report = ReportFields(requestId: "r")
        report.memorySizeMegabytes = 2048
        let inv = Invocation(
            report: report, category: .cold, completionMilliseconds: nil, logGroup: nil, logStream: nil,
            runtimeVersion: "python:3.12.v23", functionNameFromData: nil,
            location: SourceLocation(fileIndex: 0, line: 1))
        let d = Labeler(rules: rules).dimensions(of: inv, files: [file])
        #expect(d[.function] == "legacy-other")
        #expect(d[.method] == "image")
        #expect(d[.architecture] == "arm64")
        #expect(d[.memory] == "2048")
        #expect(d[.python] == "3.12")
        #expect(d[.logGroup] == Dimension.unknown)
    }

    @Test("a TOML labels file, at the top level or under [labels]; its errors name the line")
    func tomlLabelsFile() throws {
        let dir = FixturePaths.temporaryDirectory()
        for (name, text) in [
            ("a.toml", "\"legacy-*\" = { method = \"image\", memory = 2048 }\n"),
            ("b.toml", "[labels]\n\"legacy-*\" = { method = \"image\", memory = 2048 }\n"),
        ] {
            let path = dir.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let rules = try LabelRules(contentsOf: path)
            #expect(rules.values(for: "legacy-one")?[.method] == "image", "\(name)")
            #expect(rules.values(for: "legacy-one")?[.memory] == "2048", "\(name)")
        }
        let bad = dir.appendingPathComponent("c.toml").path
        try Data("# labels\n\"legacy-*\" = { colour = \"x\" }\n".utf8).write(to: URL(fileURLWithPath: bad))
        #expect { try LabelRules(contentsOf: bad) } throws: { error in
            "\(error)".contains("c.toml: line 2: unknown key `legacy-*.colour`")
        }
    }

    @Test("a bad labels file names the key and what was expected")
    func badLabelsFile() throws {
        let dir = FixturePaths.temporaryDirectory()
        let labels = dir.appendingPathComponent("labels.json")
        try Data(#"{"f": {"colour": "red"}}"#.utf8).write(to: labels)
        #expect { try LabelRules(contentsOf: labels.path) } throws: { error in
            "\(error)".contains("colour") && "\(error)".contains("not a dimension")
        }
    }

    @Test("the function name comes from the log group, a custom stream, then the file path")
    func functionNames() {
        #expect(DatasetBuilder.functionName(group: "/aws/lambda/perf_zip_Python39_1024", stream: nil) == "perf_zip_Python39_1024")
        #expect(DatasetBuilder.functionName(group: "shared-group", stream: "2024/03/04/my-fn[$LATEST]0123abcd") == "my-fn")
        #expect(DatasetBuilder.functionName(group: "testLogGroup", stream: "testLogStream") == nil)
        #expect(DatasetBuilder.functionName(group: nil, stream: "2024/03/04/fn-é[$LATEST]0123abcd") == "fn-é")
        #expect(DatasetBuilder.functionName(group: nil, stream: "2024/03/04/[$LATEST]0123abcd") == nil)
        #expect(DatasetBuilder.functionName(group: nil, stream: "[x]2024/03/04/fn[$LATEST]0123abcd") == nil)
        #expect(DatasetBuilder.functionName(group: nil, stream: "[é]2024/03/04/fn[$LATEST]0123abcd") == nil)
        #expect(DatasetBuilder.functionName(group: nil, stream: "2024/03/04/a/b[$LATEST]0123abcd") == nil)
        #expect(InputDiscovery.stem("perf_zip_Python39_1024.json.gz") == "perf_zip_Python39_1024")
    }

    @Test("labels sort as people read them")
    func naturalOrder() {
        #expect(["3.11", "3.9", "unknown", "3.10"].sorted(by: NaturalOrder.less) == ["3.9", "3.10", "3.11", "unknown"])
        #expect(["10240", "1024", "3538", "1769"].sorted(by: NaturalOrder.less) == ["1024", "1769", "3538", "10240"])
    }
}
