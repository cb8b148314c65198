import ColdVizStats
import ColdVizSynth
import Testing

@testable import ColdVizCore

@Suite("Deflate writes gzip that Inflate reads back")
struct DeflateTests {
    @Test("round trip", arguments: [0, 1, 1000, 300_000])
    func roundTrip(count: Int) throws {
        var rng = SeededGenerator(seed: UInt64(count))
        let text = (0..<count).map { _ in UInt8(ascii: "a") + UInt8(rng.nextIndex(below: 6)) }
        let compressed = try Deflate.gzip(text)
        #expect(Array(compressed.prefix(2)) == [0x1F, 0x8B])
        let (output, error) = compressed.withUnsafeBytes { Inflate.inflate($0, as: .gzip) }
        #expect(error == nil)
        #expect(output == text)
    }

    @Test("sizes", arguments: [("1GB", Int64(1_000_000_000)), ("64KiB", 65_536), ("2.5MB", 2_500_000), ("1000", 1000)])
    func sizes(text: String, bytes: Int64) {
        #expect(ByteSize.parse(text) == bytes)
    }

    @Test("bad sizes", arguments: ["", "-1GB", "1XB", "GB", "0"])
    func badSizes(text: String) {
        #expect(ByteSize.parse(text) == nil)
    }
}
