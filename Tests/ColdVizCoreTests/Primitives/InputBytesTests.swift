import Foundation
import Testing

@testable import ColdVizCore

@Suite struct InputBytesTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("coldviz-inputbytes-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func mapsAFileAndReadsItsBytes() throws {
        let content = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try temporaryFile(content)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let input = try InputBytes.map(path: path)
        #expect(input.count == content.count)
        #expect(input.withUnsafeBytes { Array($0) } == content)
    }

    @Test func emptyFileGivesEmptyInput() throws {
        let path = try temporaryFile([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let input = try InputBytes.map(path: path)
        #expect(input.count == 0)
        #expect(input.withUnsafeBytes { $0.count } == 0)
        input.withUnsafeBytes { input.releasePages(within: $0) }
    }

    @Test func missingFileAndDirectoryAreReportedWithTheSystemReason() {
        #expect(throws: IngestPrimitiveError.cannotOpen(path: "/nonexistent/coldviz.json", reason: "No such file or directory")) {
            try InputBytes.map(path: "/nonexistent/coldviz.json")
        }
        #expect(throws: IngestPrimitiveError.cannotOpen(path: "/tmp", reason: "Is a directory")) {
            try InputBytes.map(path: "/tmp")
        }
    }

    @Test func releasedPagesReadBackUnchanged() throws {
        // Over `smallFileLimit`, so the file is mapped rather than read.
        let pageCount = 320
        let content = (0..<(pageCount * 4096 + 123)).map { UInt8(truncatingIfNeeded: $0 / 4096 &+ $0) }
        #expect(content.count > InputBytes.smallFileLimit)
        let path = try temporaryFile(content)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let input = try InputBytes.map(path: path)
        var checksum = 0
        input.withUnsafeBytes { bytes in
            for index in stride(from: 0, to: bytes.count, by: 1000) {
                checksum &+= Int(bytes[index])
                input.releasePages(within: bytes.slice(max(0, index - 5000)..<index))
            }
            // Ranges reaching outside the map are clipped to it.
            input.releasePages(within: UnsafeRawBufferPointer(start: bytes.baseAddress! - 8192, count: bytes.count + 16384))
        }
        #expect(input.withUnsafeBytes { Array($0) } == content)
        #expect(checksum == stride(from: 0, to: content.count, by: 1000).reduce(0) { $0 &+ Int(content[$1]) })
    }

    @Test func heapBytesAreOwnedAndReleaseIsHarmless() {
        let input = InputBytes(owning: [1, 2, 3])
        input.withUnsafeBytes { input.releasePages(within: $0) }
        #expect(input.count == 3)
        #expect(input.withUnsafeBytes { Array($0) } == [1, 2, 3])
    }

    @Test func mapsARealSample() throws {
        let name = "e_ZainZia0341-Lambda-Artillery-loadTest_get-query-results_empty.json"
        let input = try InputBytes.map(path: RealSample.path(name))
        #expect(input.withUnsafeBytes { Array($0) } == (try RealSample.bytes(name)))
    }
}
