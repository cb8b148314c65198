/// The name of one file of an S3 export, six ASCII digits then `.gz` or nothing (`000000.gz`), held in 4 bytes.
struct ExportChunkName: Sendable, Equatable {
    /// The number, plus 1 << 31 when the name ends in `.gz`.
    private let bits: UInt32

    /// The name whose UTF-8 is `name`, or nil when it is not six ASCII digits and an optional `.gz`. O(1).
    init?(_ name: Substring.UTF8View) {
        guard name.count == 6 || name.count == 9 else { return nil }
        var number: UInt32 = 0
        for digit in name.prefix(6) {
            guard digit &- UInt8(ascii: "0") < 10 else { return nil }
            number = number * 10 + UInt32(digit - UInt8(ascii: "0"))
        }
        guard name.count == 6 || name.dropFirst(6).elementsEqual(".gz".utf8) else { return nil }
        bits = number | (name.count == 9 ? 1 << 31 : 0)
    }

    /// The name's text. O(1).
    var text: String {
        let number = String(bits & ~(1 << 31) + 1_000_000).dropFirst()  // six digits, zeros kept
        return number + (bits >> 31 == 1 ? ".gz" : "")
    }
}
