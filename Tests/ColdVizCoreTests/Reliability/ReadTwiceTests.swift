import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Issue 15: the same export read twice (two paths, or an identical copy elsewhere in the tree) changes
/// nothing but `duplicates`.
@Suite("Reliability: the same export read twice")
struct ReadTwiceTests {
    /// `text` written twice, as `a/name` and `b/name`; the dataset of the first copy alone and of both.
    private func onceAndTwice(_ name: String, _ text: String) throws -> (once: Dataset, twice: Dataset) {
        try onceAndTwice(name, Data(text.utf8))
    }

    /// `bytes` written twice, as `a/name` and `b/name`; the dataset of the first copy alone and of both.
    private func onceAndTwice(_ name: String, _ bytes: Data) throws -> (once: Dataset, twice: Dataset) {
        let dir = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for copy in ["a", "b"] {
            let folder = dir.appendingPathComponent(copy)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try bytes.write(to: folder.appendingPathComponent(name))
            paths.append(folder.appendingPathComponent(name).path)
        }
        return (
            DatasetBuilder.build(Ingestor.ingest(paths: [paths[0]])), DatasetBuilder.build(Ingestor.ingest(paths: paths))
        )
    }

    private func expectSameButDuplicates(_ once: Dataset, _ twice: Dataset) {
        #expect(twice.invocations.count == once.invocations.count)
        #expect(twice.invocations.map(\.category) == once.invocations.map(\.category))
        #expect(twice.initFailures.count == once.initFailures.count)
        #expect(twice.accounting.records == once.accounting.records)
        // The copy's records are all duplicates; its ignored and malformed lines are counted again as such.
        #expect(twice.accounting.duplicates == 2 * once.accounting.duplicates + once.accounting.records)
        #expect(twice.accounting.ignored == 2 * once.accounting.ignored)
        #expect(twice.accounting.malformed == 2 * once.accounting.malformed)
        #expect(twice.accounting.isReconciled)
    }

    @Test("X-Ray AWS::Lambda::Function segments alone (no request id): one cold start, not two")
    func xrayFunctionSegments() throws {
        let segment = #"""
            {"id":"4a1c2b3d4e5f6a7b","trace_id":"1-5f1d2c3b-0123456789abcdef01234567","name":"fn","origin":"AWS::Lambda::Function","start_time":1700000000.1,"end_time":1700000001.2,"subsegments":[{"id":"1111111111111111","name":"Initialization","start_time":1700000000.1,"end_time":1700000000.6},{"id":"2222222222222222","name":"Invocation","start_time":1700000000.6,"end_time":1700000001.2}]}
            """#
        let (once, twice) = try onceAndTwice("segments.json", segment + "\n")
        #expect(once.invocations.count == 1)
        #expect(once.invocations.first?.category == .cold)
        expectSameButDuplicates(once, twice)
    }

    @Test("a failed init logged without timestamps (console copy, --log-type Tail) is counted once")
    func untimedInitReport() throws {
        let text = [
            "INIT_REPORT Init Duration: 3000.12 ms\tPhase: init\tStatus: timeout",
            "START RequestId: 11111111-0000-4000-8000-000000000001 Version: $LATEST",
            "INIT_REPORT Init Duration: 3000.50 ms\tPhase: invoke\tStatus: timeout",
            "END RequestId: 11111111-0000-4000-8000-000000000001",
            "REPORT RequestId: 11111111-0000-4000-8000-000000000001\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\t"
                + "Memory Size: 128 MB\tMax Memory Used: 30 MB\tStatus: timeout",
        ].joined(separator: "\n")
        let (once, twice) = try onceAndTwice("tail.log", text + "\n")
        #expect(once.initFailures.count == 2)
        expectSameButDuplicates(once, twice)
    }
}

extension ReadTwiceTests {
    @Test("untimed app logs, failure lines and a file without any request id count once (found by the text fuzz target)")
    func untimedWithoutRequestIds() throws {
        let text = [
            #"{"level":"Information","message":"cold","cold_start":true,"function_name":"demo","function_memory_size":512}"#,
            "2024-03-04T10:00:00.000Z Task timed out after 3.00 seconds",
            "INIT_REPORT Init Duration: 3000.12 ms\tPhase: init\tStatus: timeout",
        ].joined(separator: "\n")
        let (once, twice) = try onceAndTwice("tail.log", text + "\n")
        #expect(once.accounting.records >= 1)
        expectSameButDuplicates(once, twice)
    }
}

extension ReadTwiceTests {
    @Test("every input the fuzz targets found (Fixtures/fuzz) keeps the fuzz invariants when read twice")
    func fuzzFindings() throws {
        let dir = FixturePaths.fixture("fuzz")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() {
            // Read as bytes: fuzzed inputs need not be UTF-8.
            let bytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
            let (once, twice) = try onceAndTwice(name, bytes)
            #expect(once.accounting.isReconciled, "\(name)")
            expectSameButDuplicates(once, twice)
        }
    }
}

extension ReadTwiceTests {
    private static let initStart =
        "INIT_START Runtime Version: java:21.v38\tRuntime Version ARN: arn:aws:lambda:ap-southeast-2::runtime:81e4ff56"
    /// One cold start as a console copy gives it (times on lines of their own), preceded by `initStarts`.
    private static func coldStart(_ n: Int, timed: Bool, initStarts: [String]) -> [String] {
        let id = "314220ad-40f4-4204-843c-71357600000\(n)"
        let lines =
            initStarts + [
                "START RequestId: \(id) Version: $LATEST", "END RequestId: \(id)",
                "REPORT RequestId: \(id)\tDuration: 544.92 ms\tBilled Duration: 545 ms\tMemory Size: 2048 MB\t"
                    + "Max Memory Used: 174 MB\tInit Duration: 1494.57 ms",
            ]
        return timed ? lines.flatMap { ["2025-05-21T0\(n):29:26.330Z", $0] } : lines
    }

    @Test("untimed INIT_STARTs, one pasted twice among them, count once in a second copy (text, json, insights fuzz)")
    func untimedInitStart() throws {
        // The first cold start's INIT_START is timed and pasted again without its time; the others have none.
        let text =
            ["2025-05-21T01:29:25.000Z", Self.initStart, "", Self.initStart]
            + Self.coldStart(1, timed: true, initStarts: []) + Self.coldStart(2, timed: false, initStarts: [Self.initStart])
            + Self.coldStart(3, timed: false, initStarts: [Self.initStart, Self.initStart])
        let (once, twice) = try onceAndTwice("console.txt", text.joined(separator: "\n") + "\n")
        #expect(once.accounting.initStarts == 3)
        expectSameButDuplicates(once, twice)
    }

    @Test("an untimed INIT_START after records that duplicate another file's is not taken for one pasted twice")
    func untimedInitStartAfterDuplicates() throws {
        let dir = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The same two cold starts with times (a console copy) and without (plain text).
        let timed = dir.appendingPathComponent("console.txt"), plain = dir.appendingPathComponent("plain.log")
        for (url, isTimed) in [(timed, true), (plain, false)] {
            let lines = (1...2).flatMap { Self.coldStart($0, timed: isTimed, initStarts: [Self.initStart]) }
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        }
        let timedFirst = DatasetBuilder.build(Ingestor.ingest(paths: [timed.path, plain.path]))
        let plainFirst = DatasetBuilder.build(Ingestor.ingest(paths: [plain.path, timed.path]))
        // Untimed INIT_STARTs cannot be matched to timed ones: each file's two count, whatever the order.
        #expect(plainFirst.accounting.initStarts == 4)
        #expect(timedFirst.accounting.initStarts == plainFirst.accounting.initStarts)
        #expect(timedFirst.accounting.records == plainFirst.accounting.records)
    }
}
