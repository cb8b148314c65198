import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

extension JSONTapeEquivalenceTests {
    /// Every JSON message of the bundled fixtures: in each line (gzip and zlib inflated) the text from its
    /// first `{`, and in JSON documents every string value that starts with `{` (messages of containers).
    @Test(
        "every JSON message of the fixtures",
        arguments: [("experiment", 13_000), ("synth", 3_700), ("realdata", 100)])
    func fixtureMessages(_ fixture: String, _ minimumValid: Int) throws {
        let root = FixturePaths.fixture(fixture)
        var valid = 0
        var checked = 0
        for path in DirectoryListing.regularFiles(under: root) where !path.hasSuffix(".png") {
            let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let text = data.withUnsafeBytes { Inflate.inflate($0, as: Compression.detect($0)).output }
            text.withUnsafeBytes { bytes in
                for message in Self.lineMessages(bytes) + Self.containerMessages(bytes) {
                    message.withUnsafeBytes { message in
                        checked += 1
                        if Self.expectSame(message) { valid += 1 }
                    }
                }
            }
        }
        // At the time of writing: 13,375 valid JSON messages in experiment, 3,795 in synth, 104 in realdata.
        #expect(valid >= minimumValid)
        #expect(checked >= valid)
    }

    /// From each line, the bytes from its first `{` to the end of the line.
    private static func lineMessages(_ bytes: UnsafeRawBufferPointer) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if let brace = bytes[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: "{")) {
                out.append(Array(bytes[brace..<lineEnd]))
            }
            lineStart = lineEnd + 1
        }
        return out
    }

    /// The string values starting with `{` of the JSON documents in `bytes` (none when it is not JSON).
    private static func containerMessages(_ bytes: UnsafeRawBufferPointer) -> [[UInt8]] {
        var scanner = JSONScanner(bytes)
        var out: [[UInt8]] = []
        while !scanner.isAtEnd, let value = try? scanner.readValue() {
            collect(value, into: &out)
        }
        return out
    }

    private static func collect(_ value: JSONValue, into out: inout [[UInt8]]) {
        switch value {
        case .string(let text) where text.hasPrefix("{"): out.append(Array(text.utf8))
        case .array(let elements): for element in elements { collect(element, into: &out) }
        case .object(let object): for member in object.members { collect(member.value, into: &out) }
        default: break
        }
    }
}
