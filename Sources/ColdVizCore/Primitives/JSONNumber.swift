/// The JSON number grammar (RFC 8259 section 6) parsed straight from bytes.
///
/// Up to 19 significant digits with a decimal exponent in -22...22 are converted exactly (Clinger's fast path:
/// one correctly rounded multiplication or division of two exact doubles); anything else goes through the
/// standard library's correctly rounded `Double(String)` on the number's few bytes.
enum JSONNumber {
    /// The outcome of scanning one number.
    enum Scan {
        case number(Double, end: Int)
        case failure(offset: Int, reason: String)
    }

    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Scans the number starting at `start` (a `-` or a digit). O(length of the number).
    static func scan(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Scan {
        let count = bytes.count
        var index = start
        let negative = index < count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < count, isDigit(bytes[index]) else {
            return .failure(offset: index, reason: "expected a digit in number")
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var truncated = false
        var decimalExponent = 0
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < count, isDigit(bytes[index]) {
                return .failure(offset: index, reason: "leading zeros are not allowed in numbers")
            }
        } else {
            while index < count, isDigit(bytes[index]) {
                if significantDigits < 19 {
                    mantissa = mantissa * 10 + UInt64(bytes[index] &- 48)
                    significantDigits += 1
                } else {
                    truncated = true
                    decimalExponent += 1
                }
                index += 1
            }
        }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < count, isDigit(bytes[index]) else {
                return .failure(offset: index, reason: "expected a digit after '.' in number")
            }
            while index < count, isDigit(bytes[index]) {
                let digit = UInt64(bytes[index] &- 48)
                if significantDigits < 19 {
                    mantissa = mantissa * 10 + digit
                    if mantissa != 0 { significantDigits += 1 }
                    decimalExponent -= 1
                } else if digit != 0 {
                    truncated = true
                }
                index += 1
            }
        }
        if index < count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < count, isDigit(bytes[index]) else {
                return .failure(offset: index, reason: "expected a digit in the exponent of number")
            }
            var exponent = 0
            while index < count, isDigit(bytes[index]) {
                exponent = min(exponent * 10 + Int(bytes[index] &- 48), 1_000_000)
                index += 1
            }
            decimalExponent += exponentNegative ? -exponent : exponent
        }
        if !truncated, mantissa <= 1 << 53, decimalExponent >= -22, decimalExponent <= 22 {
            var value = Double(mantissa)
            if decimalExponent >= 0 {
                value *= exactPowersOfTen[decimalExponent]
            } else {
                value /= exactPowersOfTen[-decimalExponent]
            }
            return .number(negative ? -value : value, end: index)
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text) else {
            return .failure(offset: start, reason: "number out of range")
        }
        return .number(value, end: index)
    }

    /// Parses `bytes` as exactly one JSON number with optional surrounding ASCII whitespace; nil otherwise.
    static func parseWhole(_ bytes: UnsafeRawBufferPointer) -> Double? {
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        guard case let .number(value, numberEnd) = scan(slice, from: 0), numberEnd == slice.count else { return nil }
        return value
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- 48 < 10
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
