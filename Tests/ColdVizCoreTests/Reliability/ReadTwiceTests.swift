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
        let dir = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for copy in ["a", "b"] {
            let folder = dir.appendingPathComponent(copy)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
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
            // (An untimed INIT_START keeps its own rule; a second copy of one is not recognised yet.)
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
            let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
            let (once, twice) = try onceAndTwice(name, text)
            #expect(once.accounting.isReconciled, "\(name)")
            expectSameButDuplicates(once, twice)
        }
    }
}
