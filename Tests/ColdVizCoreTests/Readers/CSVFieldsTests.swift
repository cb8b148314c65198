import Testing

@testable import ColdVizCore

@Suite("CSV fields of record exports")
struct CSVFieldsTests {
    /// The fields of `line` ("" for an empty one), nil when a quote is left open.
    static func split(_ line: String) -> [String]? {
        Array(line.utf8).withUnsafeBytes { bytes in
            var fields = CSVFields()
            guard fields.split(bytes) else { return nil }
            return (0..<fields.count).map { fields.text($0) ?? "" }
        }
    }

    @Test(
        "RFC 4180 fields: plain, quoted, doubled quotes, commas inside quotes, empty ones",
        arguments: [
            ("a,b,c", ["a", "b", "c"]),
            ("", [""]),
            (",", ["", ""]),
            ("a,,c,", ["a", "", "c", ""]),
            ("\"a\",\"b,c\",\"\"", ["a", "b,c", ""]),
            ("\"say \"\"hi\"\"\",x", ["say \"hi\"", "x"]),
            ("\"\"\"\"", ["\""]),
            ("ab\"c,d", ["ab\"c", "d"]),
            ("\"ab\"cd,e", ["abcd", "e"]),
            ("\"a\"\"\",\"é,ü\"", ["a\"", "é,ü"]),
        ])
    func fields(_ line: String, _ expected: [String]) {
        #expect(Self.split(line) == expected)
    }

    @Test("A quote left open makes the line unreadable", arguments: ["\"abc", "a,\"b", "\"a\"\"", "x,\"\"\"\"\""])
    func openQuote(_ line: String) {
        #expect(Self.split(line) == nil)
    }

    @Test("The header finds each column by name, wherever it stands; unknown columns are skipped")
    func header() {
        Array("status,extra,\"record\",function".utf8).withUnsafeBytes { bytes in
            let header = CSVHeader(bytes)
            #expect(header.count == 4)
            #expect(header.field(of: .status) == 0)
            #expect(header.field(of: .record) == 2)
            #expect(header.field(of: .function) == 3)
            #expect(header.field(of: .requestId) == nil)
        }
    }
}
