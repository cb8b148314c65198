import Foundation
import Testing

@testable import ColdVizCore

/// ``PageReleaser/contains(_:in:of:)`` searches in windows, releasing each behind it: a literal across a
/// window boundary must still be found, and reading a mapped file after releasing its pages must give it back.
@Suite("Page releaser: windowed search and released pages")
struct PageReleaserTests {
    private static let stride = PageReleaser.stride

    @Test(arguments: [0, 1, stride - 7, stride - 6, stride - 1, stride, 2 * stride - 3, 3 * stride - 7, -1])
    func findsTheLiteralWherever(_ offset: Int) {
        var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 3 * Self.stride)
        if offset >= 0 { bytes.replaceSubrange(offset..<(offset + 7), with: Array("(rapid)".utf8)) }
        let found = bytes.withUnsafeBytes { PageReleaser.contains("(rapid)", in: $0, of: nil) }
        #expect(found == (offset >= 0))
    }

    @Test func releasedPagesOfAMappedFileReadBack() throws {
        let path = NSTemporaryDirectory() + "/page-releaser-\(getpid()).log"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = (0..<200_000).map { "line \($0) of a file read once\n" }.joined()
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let input = try InputBytes.map(path: path)
        let read = input.withUnsafeBytes { bytes in
            var releaser = PageReleaser(bytes, of: input)
            var sum = 0
            for i in bytes.indices {
                sum &+= Int(bytes[i])
                releaser.advance(to: i)
            }
            #expect(!PageReleaser.contains("(rapid)", in: bytes, of: input))
            return (sum, String(decoding: bytes, as: UTF8.self))
        }
        #expect(read.0 == text.utf8.reduce(0) { $0 &+ Int($1) })
        #expect(read.1 == text)
    }
}
