import Foundation
import Testing

@testable import ColdVizCore

/// The pieces the streamed `events` path adds to `JSONTape`: reading at an offset, the end offset, the nesting
/// limit with enclosing containers, escape decoding into a buffer and UTF-8 validation.
@Suite("JSONTape reading inside a streamed container")
struct JSONTapeStreamingTests {
    @Test("reads the value at an offset and reports where it ended, like JSONScanner.readValue")
    func endOffset() throws {
        let text = Array(#"[1,  {"a":["b",{}]} ,"x\"y"  ,-2.5e3,true]"#.utf8)
        try text.withUnsafeBytes { bytes in
            var scanner = JSONScanner(bytes)
            try scanner.beginArray()
            var tape = JSONTape()
            while try scanner.nextElement() {
                var reference = scanner
                _ = try reference.readValue()
                let accepted = tape.read(bytes, at: scanner.offset, enclosingDepth: 1)
                #expect(accepted)
                #expect(tape.endOffset == reference.offset)
                scanner.skipValue(endingAt: tape.endOffset)
            }
            let atEnd = scanner.isAtEnd
            #expect(atEnd)
        }
    }

    @Test("a byte order mark inside the input is not skipped")
    func noByteOrderMark() {
        let text: [UInt8] = [UInt8(ascii: "["), 0xEF, 0xBB, 0xBF, UInt8(ascii: "1"), UInt8(ascii: "]")]
        var tape = JSONTape()
        let accepted = text.withUnsafeBytes { bytes in tape.read(bytes, at: 1, enclosingDepth: 1) }
        #expect(!accepted)
    }

    @Test("enclosing containers count against the nesting limit", arguments: [0, 2, 100])
    func enclosingDepth(_ enclosing: Int) {
        let limit = JSONScanner.maximumDepth - enclosing
        for depth in [limit - 1, limit, limit + 1] {
            let text = Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
            var tape = JSONTape()
            let accepted = text.withUnsafeBytes { tape.read($0, at: 0, enclosingDepth: enclosing) }
            #expect(accepted == (depth <= limit), "depth \(depth)")
        }
    }

    @Test(
        "escapes decode into a buffer exactly as the scanner decodes them",
        arguments: [
            #"plain"#, #"a\nb\tc\r\b\f\/\\\"d"#, #"caf\u00e9"#, #"\u00E9\u20AC\uFFFF\u0000"#, #"\ud83d\ude00"#,
            #"\ud83d"#, #"\ude00x"#, #"\ud83dx\ude00"#, #"\ud83d\u0041"#, #"\ud83d\ud83d\ude00"#, "é\\n", "",
            #"\n\n\\\\\t"#, #"a long run of plain text before an escape at the end\n"#, #"\u00e9 at the start"#,
        ])
    func decodeEscapes(_ body: String) throws {
        let text = Array(("\"" + body + "\"").utf8)
        try text.withUnsafeBytes { bytes in
            var scanner = JSONScanner(bytes)
            let expected = try #require(try scanner.scanString(building: true))
            let raw = UnsafeRawBufferPointer(rebasing: bytes[1..<(bytes.count - 1)])
            var decoded = [UInt8](repeating: 0xAA, count: raw.count + 1)
            let length = decoded.withUnsafeMutableBytes { JSONTape.decodeEscapes(raw, into: $0.baseAddress!) }
            #expect(Array(decoded[..<length]) == Array(expected.utf8))
            #expect(decoded[length...].allSatisfy { $0 == 0xAA })
        }
    }

    @Test("UTF-8 validation agrees with String(validating:)")
    func validation() {
        var cases: [[UInt8]] = [
            [], Array("ascii only, longer than eight".utf8), Array("é€😀".utf8), [0x80], [0xC0, 0x80], [0xC1, 0xBF],
            [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
            [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE2, 0x82], [0xF0, 0x90, 0x80],
            [0xC3, 0x28], [0xE2, 0x28, 0xA1],
        ]
        cases += cases.map { Array("12345678".utf8) + $0 + Array("abcdefgh".utf8) }
        for bytes in cases {
            let valid = bytes.withUnsafeBytes { JSONTape.isValidUTF8($0) }
            #expect(valid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
