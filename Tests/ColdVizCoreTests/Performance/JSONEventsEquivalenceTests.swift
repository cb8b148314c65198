import ColdVizTestSupport
import Foundation
import Testing

@_spi(Testing) @testable import ColdVizCore

/// Streamed `events` items read through a reused `JSONTape` against the `JSONValue` tree path they replace:
/// same events, accounting, problems and warnings.
@Suite("Events of JSON containers read the same through the tape and the tree")
struct JSONEventsEquivalenceTests {
    /// What one read yields, as comparable text.
    static func summary(_ ingest: FileIngest) -> String {
        [
            String(reflecting: ingest.events), String(reflecting: ingest.traces), String(reflecting: ingest.accounting),
            String(reflecting: ingest.problems), String(reflecting: ingest.warnings), "\(ingest.fileErrors)",
        ].joined(separator: "\n")
    }

    /// Reads `bytes` through the tape path and through the tree path; expects the same summary and returns the
    /// tape path's result.
    @discardableResult
    static func expectSame(
        _ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> FileIngest {
        let tape = Ingestor.readBytesForTest(bytes)
        let tree = JSONContainerReader.$readsEventsAsTrees.withValue(true) { Ingestor.readBytesForTest(bytes) }
        #expect(summary(tape) == summary(tree), sourceLocation: sourceLocation)
        return tape
    }

    @discardableResult
    static func expectSame(
        _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> FileIngest {
        expectSame(Array(text.utf8), sourceLocation: sourceLocation)
    }

    @Test(
        "every JSON file of the fixtures",
        arguments: [("experiment", 30_000), ("synth", 5_000), ("realdata", 100)])
    func fixtureFiles(_ fixture: String, _ minimumEvents: Int) throws {
        let root = FixturePaths.fixture(fixture)
        var events = 0
        var files = 0
        for path in DirectoryListing.regularFiles(under: root)
        where path.hasSuffix(".json") || path.hasSuffix(".gz") {
            let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            events += Self.expectSame(data).accounting.events
            files += 1
        }
        #expect(files > 0)
        #expect(events >= minimumEvents)
    }
}
