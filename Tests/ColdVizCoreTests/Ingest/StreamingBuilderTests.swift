import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

/// The dataset built while reading (``StreamingBuilder``) against the exact build over every kept event
/// (``DatasetBuilder/build(_:)``): the same invocations, failures, accounting, problems and joins.
@Suite("Walking events as they are read builds the exact dataset")
struct StreamingBuilderTests {
    /// Everything a dataset holds that outputs read, one line per item, in order.
    static func summary(_ d: Dataset) -> [String] {
        var lines = [
            "files \(d.files)", "accounting \(d.accounting)", "preinitialised \(d.preinitialisedEnvironments)",
            "fileErrors \(d.fileErrors)", "joins \(d.joins)",
        ]
        lines += d.problems.map { "problem \($0)" } + d.warnings.map { "warning \($0)" }
        for i in d.invocations {
            let e = i.explanation
            lines.append(
                "\(i.category) \(i.source) \(i.location) \(i.report) \(String(describing: i.completionMilliseconds)) "
                    + "\(String(describing: i.logGroup)) \(String(describing: i.logStream)) "
                    + "\(String(describing: i.runtimeVersion)) \(String(describing: i.functionNameFromData)) "
                    + "logs \(e.appLogCount) \(String(describing: e.appSaysCold)) \(Array(e.moduleTimesMicroseconds)) tree \(String(describing: e.importTree)) trace \(String(describing: e.trace))"
            )
        }
        lines += d.initFailures.map { "failure \($0)" }
        lines += d.deployments.map { "deployment \($0)" }
        return lines
    }

    /// Expects the streaming build of `paths` to equal the exact build; returns how it went.
    @discardableResult
    static func expectExact(
        _ paths: [String], options: IngestOptions = IngestOptions(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> StreamingBuilder.Report {
        let exact = DatasetBuilder.build(Ingestor.ingest(paths: paths, options: options))
        let (streamed, report) = StreamingBuilder.buildReporting(paths: paths, options: options)
        let (a, b) = (summary(streamed), summary(exact))
        #expect(a.count == b.count, sourceLocation: sourceLocation)
        if let k = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) {
            Issue.record("\(paths): line \(k) differs:\n\(a[k])\n\(b[k])", sourceLocation: sourceLocation)
        }
        return report
    }

    static let formatFolders: [String] = ["experiment/formats", "synth/formats"].flatMap { parent in
        (try? FileManager.default.contentsOfDirectory(atPath: FixturePaths.fixture(parent)))?.sorted().map {
            parent + "/" + $0
        } ?? []
    }

    @Test("every export format of the fixture experiments", arguments: formatFolders)
    func formats(_ folder: String) {
        Self.expectExact([FixturePaths.fixture(folder)])
    }

    @Test("every real sample, alone and all together")
    func realSamples() throws {
        let root = FixturePaths.fixture("realdata")
        let files = try FileManager.default.contentsOfDirectory(atPath: root).sorted().filter { $0 != "SOURCES.md" }
        #expect(files.count > 50)
        for file in files { Self.expectExact([root + "/" + file]) }
        Self.expectExact([root])
    }

    @Test("the whole fixture tree, whose exports overlap, is built exactly")
    func everything() {
        let report = Self.expectExact([FixturePaths.fixture("")])
        #expect(report.overlapping)
    }

    @Test("plain text and an S3 export tree are walked as read, no unit read twice")
    func streamsTheCommonExports() {
        for folder in ["experiment/formats/text", "experiment/formats/s3-export"] {
            let report = Self.expectExact([FixturePaths.fixture(folder)])
            #expect(report.units >= 24)
            #expect(report.unitsWalkedExactly == 0)
            #expect(!report.overlapping)
        }
    }

    @Test("no file at all: a missing path, an empty directory")
    func nothingToRead() {
        Self.expectExact(["/nonexistent/logs"])
        Self.expectExact([FixturePaths.temporaryDirectory().path])
        #expect(StreamingBuilder.build(paths: ["/nonexistent/logs"]).fileErrors == 1)
    }

    @Test("a file named twice, or beside a copy of it, counts its records once")
    func overlappingInputs() throws {
        let text = FixturePaths.fixture("experiment/formats/text")
        let file = text + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: text).sorted().first))
        let twice = Self.expectExact([file, file])
        #expect(twice.overlapping)
        let dir = FixturePaths.temporaryDirectory()
        let copy = dir.appendingPathComponent("copy.log")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: file), to: copy)
        #expect(Self.expectExact([file, copy.path]).overlapping)
        let dataset = StreamingBuilder.build(paths: [file, file])
        #expect(dataset.accounting.duplicates > 0)
        #expect(dataset.invocations.count == StreamingBuilder.build(paths: [file]).invocations.count)
    }

    @Test("a file whose events come out of time order is read again and walked exactly")
    func outOfOrder() throws {
        let lines = [
            "2024-03-04T09:00:00.000Z\tINIT_START Runtime Version: python:3.12.v23",
            "2024-03-04T09:00:01.500Z\tSTART RequestId: 00000000-0000-4000-8000-000000000002 Version: $LATEST",
            "2024-03-04T09:00:01.000Z\tSTART RequestId: 00000000-0000-4000-8000-000000000001 Version: $LATEST",
            "2024-03-04T09:00:01.200Z\tEND RequestId: 00000000-0000-4000-8000-000000000001",
            "2024-03-04T09:00:01.200Z\tREPORT RequestId: 00000000-0000-4000-8000-000000000001\tDuration: 5.00 ms\tBilled Duration: 6 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB\tInit Duration: 900.00 ms",
            "2024-03-04T09:00:01.700Z\tEND RequestId: 00000000-0000-4000-8000-000000000002",
            "2024-03-04T09:00:01.700Z\tREPORT RequestId: 00000000-0000-4000-8000-000000000002\tDuration: 5.00 ms\tBilled Duration: 6 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB",
        ]
        let file = FixturePaths.temporaryDirectory().appendingPathComponent("unordered.log")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let report = Self.expectExact([file.path])
        #expect(report.unitsWalkedExactly == 1)
        #expect(StreamingBuilder.build(paths: [file.path]).count(.cold) == 1)
    }
}

extension StreamingBuilderTests {
    /// A small text file: the first `bytes` of a fixture file, cut after a whole line.
    static func head(of relative: String, bytes: Int) throws -> URL {
        let data = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.fixture(relative)))
        var cut = min(bytes, data.count)
        while cut < data.count, data[cut - 1] != UInt8(ascii: "\n") { cut += 1 }
        let file = FixturePaths.temporaryDirectory().appendingPathComponent(URL(fileURLWithPath: relative).lastPathComponent)
        try data.prefix(cut).write(to: file)
        return file
    }

    @Test(
        "a text file walked in pieces of every size gives what the whole file gives (a cut at every byte)",
        arguments: [
            "experiment/formats/text/perf_image_Python311_1024.log",
            "experiment/formats/logs-tail/perf_image_Python311_1024.log",
            "experiment/formats/console-copy/perf_zip_Python311_1024.txt",
        ])
    func pieces(_ relative: String) throws {
        let file = try Self.head(of: relative, bytes: 3000)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        let exact = Self.summary(DatasetBuilder.build(Ingestor.ingest(paths: [file.path])))
        #expect(exact.contains { $0.hasPrefix("cold ") })
        var walkedAsRead = 0
        // Pieces start at the first event line after each multiple of the size: over all sizes, a nominal
        // cut falls on every byte of the file, inside REPORT lines too.
        for chunk in 16...(size / 2) {
            var options = IngestOptions()
            options.textChunkBytes = chunk
            let (dataset, report) = StreamingBuilder.buildReporting(paths: [file.path], options: options)
            let streamed = Self.summary(dataset)
            if streamed != exact {
                Issue.record("pieces of \(chunk) bytes: \(streamed.count) lines, \(exact.count) whole")
                return
            }
            if report.unitsWalkedExactly == 0 { walkedAsRead += 1 }
        }
        // Plain and tail text join at every cut; a console copy's timestamps on lines of their own do not.
        #expect((walkedAsRead > 0) == !relative.contains("console-copy"))
    }
}

extension StreamingBuilderTests {
    @Test("a file holding its own text twice (keyless events anchored late) is built exactly")
    func fileRepeatingItself() throws {
        let fuzz = FixturePaths.fixture("fuzz")
        let realdata = FixturePaths.fixture("realdata")
        let fuzzFiles = try FileManager.default.contentsOfDirectory(atPath: fuzz).sorted().map { fuzz + "/" + $0 }
        let textSamples = try FileManager.default.contentsOfDirectory(atPath: realdata).sorted()
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".log") }.map { realdata + "/" + $0 }
        let sources = fuzzFiles + textSamples
        #expect(sources.count > 20)
        let dir = FixturePaths.temporaryDirectory()
        var walkedExactly = 0
        for (n, source) in sources.enumerated() {
            let text = try Data(contentsOf: URL(fileURLWithPath: source))
            let doubled = dir.appendingPathComponent("doubled-\(n).txt")
            try (text + Data("\n".utf8) + text).write(to: doubled)
            walkedExactly += Self.expectExact([doubled.path]).unitsWalkedExactly
        }
        // A copy repeats keys, so a unit is read again and built exactly (unless it held no keyed event).
        #expect(walkedExactly > sources.count / 2)
    }
}

extension StreamingBuilderTests {
    @Test("two copies of a file without request ids overlap by their content-anchored keys")
    func copiesWithoutRequestIds() throws {
        let text = """
            INIT_START Runtime Version: python:3.12.v23\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:abc
            INIT_REPORT Init Duration: 10000.18 ms\tPhase: init\tStatus: timeout

            """
        let dir = FixturePaths.temporaryDirectory()
        let (a, b) = (dir.appendingPathComponent("a.log"), dir.appendingPathComponent("b.log"))
        try Data(text.utf8).write(to: a)
        try Data(text.utf8).write(to: b)
        let report = Self.expectExact([a.path, b.path])
        #expect(report.overlapping)
        #expect(StreamingBuilder.build(paths: [a.path, b.path]).initFailures.count == 1)
    }
}

extension StreamingBuilderTests {
    /// Two files whose application logs name one request: b.log holds the invocation and one log with module
    /// times, a.log (read first) another log with other module times.
    static func logsOfOneRequestInTwoFiles() throws -> [String] {
        let id = "00000000-0000-4000-8000-000000000007"
        let log = { (timings: String) in
            #"{"level":"INFO","message":"module_timings","timings":{\#(timings)},"cold_start":true,"function_request_id":"\#(id)"}"#
        }
        let a = "2024-03-04T09:00:01.100Z\t\(log(#""boto3":1000"#))\n"
        let lines = [
            "2024-03-04T09:00:00.000Z\tINIT_START Runtime Version: python:3.12.v23",
            "2024-03-04T09:00:01.000Z\tSTART RequestId: \(id) Version: $LATEST",
            "2024-03-04T09:00:01.100Z\t\(log(#""numpy":2000,"json":5"#))",
            "2024-03-04T09:00:01.200Z\tEND RequestId: \(id)",
            "2024-03-04T09:00:01.200Z\tREPORT RequestId: \(id)\tDuration: 5.00 ms\tBilled Duration: 6 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB\tInit Duration: 900.00 ms",
        ]
        let b = lines.joined(separator: "\n") + "\n"
        let dir = FixturePaths.temporaryDirectory()
        let paths = [dir.appendingPathComponent("a.log"), dir.appendingPathComponent("b.log")]
        try Data(a.utf8).write(to: paths[0])
        try Data(b.utf8).write(to: paths[1])
        return paths.map(\.path)
    }

    @Test("logs of one request in two files: joined in input order, so the first file's module times win")
    func logsOfOneRequestInTwoFiles() throws {
        let paths = try Self.logsOfOneRequestInTwoFiles()
        let report = Self.expectExact(paths)
        #expect(report.overlapping)
        let invocation = try #require(StreamingBuilder.build(paths: paths).invocations.first)
        #expect(invocation.explanation.appLogCount == 2)
        #expect(invocation.explanation.moduleTimesMicroseconds.map(\.name) == ["boto3"])
        // Each file alone is walked as read, its logs joined per file.
        #expect(!Self.expectExact([paths[1]]).overlapping)
    }
}

extension StreamingBuilderTests {
    @Test("files sharing only a START (a paste cut short, then the whole) overlap by its request id")
    func filesSharingOnlyAStart() throws {
        let id = "00000000-0000-4000-8000-000000000009"
        let whole = """
            START RequestId: \(id) Version: $LATEST
            END RequestId: \(id)
            REPORT RequestId: \(id)\tDuration: 5.00 ms\tBilled Duration: 6 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB

            """
        let dir = FixturePaths.temporaryDirectory()
        let (a, b) = (dir.appendingPathComponent("a.log"), dir.appendingPathComponent("b.log"))
        try Data("START RequestId: \(id) Version: $LATEST\n".utf8).write(to: a)
        try Data(whole.utf8).write(to: b)
        let report = Self.expectExact([a.path, b.path])
        #expect(report.overlapping)
        #expect(StreamingBuilder.build(paths: [a.path, b.path]).accounting.duplicates == 1)
    }
}
