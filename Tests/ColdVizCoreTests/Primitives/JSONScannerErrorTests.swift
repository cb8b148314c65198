import Testing

@testable import ColdVizCore

@Suite struct JSONScannerErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let offset: Int
        let line: Int
        let column: Int
        let reason: String
        var testDescription: String { text }
    }

    /// Each case: the first error, its position and the start of its reason.
    static let cases: [Case] = [
        Case(text: "{\"a\": 1\n \"b\": 2}", offset: 9, line: 2, column: 2, reason: "expected ',' or '}' after object member"),
        Case(text: "{\"a\": 1,}", offset: 8, line: 1, column: 9, reason: "trailing comma before '}'"),
        Case(text: "[1, 2, ]", offset: 7, line: 1, column: 8, reason: "trailing comma before ']'"),
        Case(text: "{\"a\" 1}", offset: 5, line: 1, column: 6, reason: "expected ':' after object key"),
        Case(text: "{a: 1}", offset: 1, line: 1, column: 2, reason: "expected a string key in object"),
        Case(text: "[1 2]", offset: 3, line: 1, column: 4, reason: "expected ',' or ']' after array element"),
        Case(text: "[01]", offset: 2, line: 1, column: 3, reason: "leading zeros are not allowed"),
        Case(text: "[1.]", offset: 3, line: 1, column: 4, reason: "expected a digit after '.'"),
        Case(text: "[1e+]", offset: 4, line: 1, column: 5, reason: "expected a digit in the exponent"),
        Case(text: "[-]", offset: 2, line: 1, column: 3, reason: "expected a digit in number"),
        Case(text: "[tru]", offset: 1, line: 1, column: 2, reason: "expected a value (true, false or null)"),
        Case(text: "[\"a\\qb\"]", offset: 3, line: 1, column: 4, reason: "invalid escape"),
        Case(text: "[\"\\u12G4\"]", offset: 2, line: 1, column: 3, reason: "expected four hex digits"),
        Case(text: "[\"a\tb\"]", offset: 3, line: 1, column: 4, reason: "unescaped control character"),
        Case(text: "\n\n  [\"abc", offset: 5, line: 3, column: 4, reason: "unterminated string"),
        Case(
            text: "{\"a\": [1, 2", offset: 11, line: 1, column: 12,
            reason: "expected ',' or ']' after array element, found end of input"),
        Case(text: "/* comment */ {}", offset: 0, line: 1, column: 1, reason: "expected a value, found '/'"),
        Case(text: "{\"a\": NaN}", offset: 6, line: 1, column: 7, reason: "expected a value, found 'N'"),
        Case(text: "   ", offset: 3, line: 1, column: 4, reason: "unexpected end of input"),
    ]

    @Test(arguments: cases)
    func reportsPositionAndReason(_ row: Case) {
        for building in [true, false] {
            withBytes(row.text) { bytes in
                var scanner = JSONScanner(bytes)
                do throws(IngestPrimitiveError) {
                    if building { _ = try scanner.readValue() } else { try scanner.skipValue() }
                    Issue.record("no error for \(row.text)")
                } catch {
                    guard case let .invalidJSON(offset, line, column, reason) = error else {
                        Issue.record("unexpected error \(error)")
                        return
                    }
                    #expect(offset == row.offset)
                    #expect(line == row.line)
                    #expect(column == row.column)
                    #expect(reason.hasPrefix(row.reason), "\(reason)")
                }
            }
        }
    }

    @Test func descriptionNamesLineColumnAndCause() {
        let error = IngestPrimitiveError.invalidJSON(
            offset: 394, line: 17, column: 9, reason: "expected ',' or '}' after object member, found '\"'")
        #expect(
            error.description
                == "invalid JSON at line 17, column 9 (byte 394): expected ',' or '}' after object member, found '\"'")
        #expect(IngestPrimitiveError.truncatedCompressedData(offset: 12).description.contains("after 12 bytes"))
    }

    @Test func nestingUpToTheLimitIsReadAndDeeperIsRefused() throws {
        let depth = JSONScanner.maximumDepth
        let ok = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let value = try withBytes(ok) { bytes in
            var scanner = JSONScanner(bytes)
            return try scanner.readValue()
        }
        var level = 0
        var current = value
        while let inner = current.arrayValue {
            level += 1
            guard let first = inner.first else { break }
            current = first
        }
        #expect(level == depth)
        let tooDeep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        #expect(throws: IngestPrimitiveError.nestingTooDeep(offset: depth)) {
            try withBytes(tooDeep) { bytes in
                var scanner = JSONScanner(bytes)
                _ = try scanner.readValue()
            }
        }
        let hostile = String(repeating: "{\"a\":[", count: 200_000)
        #expect(throws: IngestPrimitiveError.nestingTooDeep(offset: 6 * 256)) {
            try withBytes(hostile) { bytes in
                var scanner = JSONScanner(bytes)
                try scanner.skipValue()
            }
        }
    }

    @Test func binaryJunkGivesACleanErrorAtEveryStart() {
        var generator = SplitMix64(seed: 20_240_304)
        let junk = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        junk.withUnsafeBytes { bytes in
            var errors = 0
            for start in stride(from: 0, to: bytes.count, by: 7) {
                var scanner = JSONScanner(bytes, startOffset: start)
                do {
                    while !scanner.isAtEnd { _ = try scanner.readValue() }
                } catch {
                    errors += 1
                }
            }
            #expect(errors > 500)
        }
    }
}

/// A tiny deterministic generator for junk bytes (Steele, Lea & Flood's SplitMix64).
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
