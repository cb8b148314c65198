import Testing

@testable import ColdVizCore

@Suite struct JSONScannerValueTests {
    private func read(_ text: String) throws -> JSONValue {
        try withBytes(text) { bytes in
            var scanner = JSONScanner(bytes)
            let value = try scanner.readValue()
            let atEnd = scanner.isAtEnd
            #expect(atEnd)
            return value
        }
    }

    @Test func readsNestedValuesKeepingKeyOrderAndDuplicates() throws {
        let value = try read(#" {"b": [1, true, false, null, "x"], "a": {"c": -2.5e1}, "b": "second"} "#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["b", "a", "b"])
        #expect(value["b"] == .array([.number(1), .bool(true), .bool(false), .null, .string("x")]))
        #expect(value["a", "c"]?.doubleValue == -25)
        #expect(value["a", "missing"] == nil)
        #expect(value["b", "c"] == nil)
        #expect(try read("[]") == .array([]))
        #expect(try read("{ }") == .object(JSONObject()))
    }

    /// Expected doubles printed by Python 3 `float(text)` / `json.loads` (CPython's correctly rounded strtod).
    @Test(arguments: [
        ("0", 0.0), ("-12", -12.0), ("1709546407931", 1_709_546_407_931.0), ("1.709546401120E9", 1_709_546_401.12),
        ("693.92", 693.92), ("0.1", 0.1), ("1e-7", 1e-07), ("2.5e+3", 2500.0),
        ("123456789012345678901234567890", 1.2345678901234568e+29),
        ("0.000000000000000000000000000001234", 1.234e-30), ("1.7976931348623157e308", 1.7976931348623157e+308),
        ("1e400", Double.infinity), ("4.9e-324", Double.leastNonzeroMagnitude), ("9007199254740993", 9_007_199_254_740_992.0),
        ("3.141592653589793238462643383279", 3.141592653589793), ("693.920000000000000000001", 693.92),
        ("1E22", 1e22), ("1E23", 1e23), ("0.30000000000000004", 0.30000000000000004),
    ])
    func parsesNumbersCorrectlyRounded(_ text: String, _ expected: Double) throws {
        #expect(try read(text) == .number(expected))
    }

    @Test func negativeZeroKeepsItsSign() throws {
        let value = try #require(try read("-0").doubleValue)
        #expect(value == 0 && value.sign == .minus)
    }

    @Test func decodesEveryEscape() throws {
        let value = try read(#""a\"b\\c\/d\be\ff\ng\rh\ti\u0041\u00e9\u20ac\ud83d\ude00\u0000""#)
        #expect(value == .string("a\"b\\c/d\u{8}e\u{C}f\ng\rh\tiAé€😀\u{0}"))
    }

    @Test func replacesLoneSurrogatesAndInvalidUTF8() throws {
        #expect(try read(#""x\ud83dy""#) == .string("x\u{FFFD}y"))
        #expect(try read(#""x\ude00y""#) == .string("x\u{FFFD}y"))
        #expect(try read(#""\ud83d\u0041""#) == .string("\u{FFFD}A"))
        let invalid: [UInt8] = [0x22, 0x61, 0xFF, 0xC3, 0x22]  // "a<FF><C3 cut>"
        let value = try invalid.withUnsafeBytes { bytes in
            var scanner = JSONScanner(bytes)
            return try scanner.readValue()
        }
        #expect(value == .string("a\u{FFFD}\u{FFFD}"))
    }

    @Test func doubleValueReadsNumbersHeldInStrings() {
        #expect(JSONValue.string("6.7E7").doubleValue == 67_000_000)
        #expect(JSONValue.string(" 1024 ").doubleValue == 1024)
        #expect(JSONValue.string("1024 MB").doubleValue == nil)
        #expect(JSONValue.string("").doubleValue == nil)
        #expect(JSONValue.string("NaN").doubleValue == nil)
        #expect(JSONValue.bool(true).doubleValue == nil)
        #expect(JSONValue.number(3).stringValue == nil)
    }

    @Test func objectEqualityComparesMembersInOrder() {
        let first = JSONObject(members: [("a", .number(1)), ("b", .null)])
        let swapped = JSONObject(members: [("b", .null), ("a", .number(1))])
        #expect(first == JSONObject(members: [("a", .number(1)), ("b", .null)]))
        #expect(first != swapped)
        #expect(first != JSONObject(members: [("a", .number(1))]))
        #expect(JSONObject(members: [("a", .number(1)), ("a", .number(2))])["a"] == .number(1))
    }

    @Test func readsConcatenatedValuesWithAndWithoutSeparators() throws {
        let text = "{\"a\":1}{\"b\":2}\n[3]\n\n\"x\" 4 true\r\n{}"
        let values = try withBytes(text) { bytes in
            var scanner = JSONScanner(bytes)
            var values: [JSONValue] = []
            while !scanner.isAtEnd { values.append(try scanner.readValue()) }
            return values
        }
        #expect(values.count == 7)
        #expect(values[1]["b"] == .number(2))
        #expect(values[2] == .array([.number(3)]))
        #expect(values[3] == .string("x"))
        #expect(values[4] == .number(4))
    }

    @Test func skipValueStopsWhereReadValueStops() throws {
        let text = #"{"a":[1,{"b":"c\"}"}],"d":-1.5e3} [true] "s""#
        try withBytes(text) { bytes in
            var reader = JSONScanner(bytes)
            var skipper = JSONScanner(bytes)
            while !reader.isAtEnd {
                _ = try reader.readValue()
                try skipper.skipValue()
                #expect(reader.offset == skipper.offset)
            }
            let atEnd = skipper.isAtEnd
            #expect(atEnd)
        }
    }

    @Test func peekByteSkipsWhitespace() {
        withBytes("  \n\t[1]") { bytes in
            var scanner = JSONScanner(bytes)
            #expect(scanner.peekByte() == UInt8(ascii: "["))
            #expect(scanner.offset == 4)
        }
    }
}
