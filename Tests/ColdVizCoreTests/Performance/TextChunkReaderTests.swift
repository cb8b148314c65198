import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

/// Large text files read in pieces on all cores against one reader over the whole file: same events,
/// accounting, problems (with their lines) and warnings.
@Suite("Text files read in pieces read as in one")
struct TextChunkReaderTests {
    /// Reads `bytes` as a top-level file in pieces of about `chunkBytes`; the pieces joined, and their number.
    static func read(_ bytes: [UInt8], chunkBytes: Int) -> (ingest: FileIngest, pieces: Int) {
        var options = IngestOptions()
        options.textChunkBytes = chunkBytes
        var ingest = FileIngest(fileIndex: 0, displayPath: "<memory>")
        let context = FileContext(displayPath: "<memory>", logGroup: nil, logStream: nil, options: options)
        let rest = bytes.withUnsafeBytes { Ingestor.readContent($0, context: context, lineOverride: nil, into: &ingest) }
        for piece in rest { ingest.append(piece) }
        return (ingest, rest.count + 1)
    }

    /// Expects the same result from pieces of `chunkBytes` as from one piece; returns the number of pieces.
    @discardableResult
    static func expectSame(
        _ bytes: [UInt8], chunkBytes: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Int {
        let whole = read(bytes, chunkBytes: Int.max / 4)
        let pieces = read(bytes, chunkBytes: chunkBytes)
        #expect(whole.pieces == 1, sourceLocation: sourceLocation)
        #expect(
            JSONEventsEquivalenceTests.summary(pieces.ingest) == JSONEventsEquivalenceTests.summary(whole.ingest),
            sourceLocation: sourceLocation)
        return pieces.pieces
    }

    @Test("every text and gzip file of the fixtures, in pieces of 1 KiB")
    func fixtureFiles() throws {
        var split = 0, files = 0
        for fixture in ["experiment", "synth", "realdata"] {
            let root = FixturePaths.fixture(fixture)
            for path in DirectoryListing.regularFiles(under: root)
            where !path.hasSuffix(".json") && !path.hasSuffix(".png") {
                let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
                if Self.expectSame(data, chunkBytes: 1024) > 1 { split += 1 }
                files += 1
            }
        }
        // Plain, console, tail, sam logs, awslogs and S3-export renderings over 2 KiB split (283 of 804).
        #expect(files > 300)
        #expect(split > 200)
    }

    @Test("lines and the problem limit survive the cut")
    func problemsKeepTheirLines() {
        var text = ""
        for i in 0..<400 {
            let id = String(format: "%08x-0000-4000-8000-000000000000", i)
            text += "START RequestId: \(id) Version: $LATEST\n"
            text += "REPORT RequestId: cut-\(i)\n"  // no metric: malformed (a clock time without a date is now read)
            text +=
                "REPORT RequestId: \(id)\tDuration: 12.50 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 50 MB\t\n"
            text += "END RequestId: \(id)\n"
        }
        let bytes = Array(text.utf8)
        #expect(Self.expectSame(bytes, chunkBytes: 2048) > 10)
        let problems = Self.read(bytes, chunkBytes: 2048).ingest.problems
        #expect(problems.count == FileIngest.problemLimit)
        #expect(problems.map(\.line) == (0..<FileIngest.problemLimit).map { 4 * $0 + 2 })
    }

    @Test("a piece that cannot know its start state is read with the whole file")
    func unknownStartStates() {
        var consoleCopy = "", mixed = ""
        for i in 0..<300 {
            let id = String(format: "%08x-0000-4000-8000-000000000000", i)
            let report =
                "REPORT RequestId: \(id)\tDuration: 12.50 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 50 MB\t"
            // Console copy: each timestamp alone on its line, its message on the next.
            consoleCopy += "2024-03-04T09:00:\(String(format: "%02d", i % 60)).000Z\nSTART RequestId: \(id) Version: $LATEST\n"
            consoleCopy += "2024-03-04T09:00:\(String(format: "%02d", i % 60)).100Z\n\(report)\n"
            // Prefixed lines, then unprefixed ones that continue the event before them.
            mixed += i < 150 ? "2024-03-04T09:00:00.000Z \(report)\n" : "START RequestId: \(id) Version: $LATEST\nmore\n"
        }
        Self.expectSame(Array(consoleCopy.utf8), chunkBytes: 1024)
        Self.expectSame(Array(mixed.utf8), chunkBytes: 1024)
        #expect(Self.read(Array(consoleCopy.utf8), chunkBytes: 1024).ingest.accounting.reports == 300)
    }
}
