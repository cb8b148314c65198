import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

/// The fast paths of issue 7 against the straightforward code they replace, on the fixtures.
@Suite("Fast paths give what the straightforward code gives")
struct FastPathEquivalenceTests {
    /// `relative` below `root`, as the listing names it.
    private static func path(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    @Test(
        "ASCII key normalisation equals lowercased() + replacingOccurrences",
        arguments: ["cold_start", "ColdStart", "coldStart", "FUNCTION_REQUEST_ID", "_x__y_", "", "Ünïcode_Key", "xray_trace_id"])
    func normalisedKey(_ key: String) {
        #expect(AppLogClassifier.normalisedKey(key) == key.lowercased().replacingOccurrences(of: "_", with: ""))
    }

    @Test("labelling all invocations at once equals labelling each one", arguments: ["experiment", "synth", "realdata"])
    func batchLabels(_ fixture: String) {
        let dataset = DatasetBuilder.build(Ingestor.ingest(paths: [FixturePaths.fixture(fixture)]))
        #expect(dataset.invocations.count > 10)
        var labeler = Labeler()
        // A deployment amid the data, so that `deploy` takes each of its values.
        let times = dataset.invocations.compactMap(\.completionMilliseconds).sorted()
        labeler.time.deployments = [Deployment(target: .any, milliseconds: times[times.count / 2], origin: .flag)]
        let batch = labeler.dimensions(of: dataset)
        let time = labeler.timeLabels(of: dataset)
        let single = dataset.invocations.map { labeler.dimensions(of: $0, files: dataset.files, time: time) }
        #expect(batch == single)
        #expect(Set(batch.map { $0[.deploy] }).count > 1)
        #expect(Set(batch.map { $0[.burst] }).count > 1)
    }
}

extension FastPathEquivalenceTests {
    @Test("readdir listing equals FileManager's enumerator (hidden entries skipped, regular files only)")
    func directoryListing() throws {
        let tree = FixturePaths.temporaryDirectory()
        let fm = FileManager.default
        for directory in [".hidden", "a/b", "a/.c"] {
            try fm.createDirectory(at: tree.appendingPathComponent(directory), withIntermediateDirectories: true)
        }
        for file in [".hidden/x.log", ".h", "a/b/c.log", "a/.c/d.log", "a/e.json", "top.txt"] {
            try Data("x".utf8).write(to: tree.appendingPathComponent(file))
        }
        try fm.createSymbolicLink(atPath: tree.appendingPathComponent("link").path, withDestinationPath: "a")
        try fm.createSymbolicLink(atPath: tree.appendingPathComponent("file-link").path, withDestinationPath: "top.txt")
        for root in [FixturePaths.fixture(""), tree.path] {
            let expected = try enumerated(root).map { Self.path(root, $0) }.sorted()
            #expect(DirectoryListing.regularFiles(under: root).sorted() == expected)
        }
        #expect(
            DirectoryListing.regularFiles(under: tree.path).sorted()
                == ["a/b/c.log", "a/e.json", "top.txt"].map { Self.path(tree.path, $0) })
    }

    @Test("a wide, deep tree is listed whole: levels listed in turn, then subtrees walked on all cores")
    func wideDirectoryListing() throws {
        let tree = FixturePaths.temporaryDirectory()
        let fm = FileManager.default
        var expected: [String] = []
        for d in 0..<100 {
            let directory = String(format: "w/d%03d/s/t", d)
            try fm.createDirectory(at: tree.appendingPathComponent(directory), withIntermediateDirectories: true)
            for file in [String(format: "w/d%03d/top.log", d), directory + "/deep.gz", String(format: "w/d%03d/s/mid.json", d)] {
                try Data("x".utf8).write(to: tree.appendingPathComponent(file))
                expected.append(file)
            }
        }
        try Data("x".utf8).write(to: tree.appendingPathComponent("root.txt"))
        expected.append("root.txt")
        #expect(DirectoryListing.regularFiles(under: tree.path).sorted() == expected.map { Self.path(tree.path, $0) }.sorted())
        #expect(try enumerated(tree.path).sorted() == expected.sorted())
    }

    /// The straightforward listing `InputDiscovery` used before.
    private func enumerated(_ root: String) throws -> [String] {
        let walker = try #require(FileManager.default.enumerator(atPath: root))
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.hasPrefix(".") {
                if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { walker.skipDescendants() }
                continue
            }
            if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeRegular { found.append(relative) }
        }
        return found
    }
}

extension FastPathEquivalenceTests {
    @Test(
        "the byte search of Insights sniffing equals String.contains",
        arguments: ["| @timestamp | @message |", "@timestamp,@message", "GetQueryResults", "no", "", "é @message", "x,y"])
    func insightsSniffing(_ line: String) {
        #expect(InsightsTableReader.has(line, "@message") == line.contains("@message"))
        #expect(InsightsTableReader.has(line, ",") == line.contains(","))
        #expect(InsightsTableReader.has(line, "GetQueryResults") == line.contains("GetQueryResults"))
    }
}
