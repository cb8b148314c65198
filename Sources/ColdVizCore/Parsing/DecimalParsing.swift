import Foundation

/// Hand-written parsing of the decimal numbers found in Lambda log lines.
enum DecimalParsing {
    private static let exactPowersOfTen: [Double] = (0...22).map { pow(10.0, Double($0)) }

    /// Parses `[-]digits[.digits]` occupying all of `bytes`, correctly rounded.
    ///
    /// Uses the exact fast path (mantissa below 2^53, at most 22 fraction digits: one IEEE division)
    /// and falls back to `strtod` for anything else, including exponents. O(n).
    static func parseDouble(_ bytes: UnsafeRawBufferPointer) -> Double? {
        guard !bytes.isEmpty else { return nil }
        var i = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") { negative = true; i = 1 } else if bytes[0] == UInt8(ascii: "+") { i = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        var fast = true
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b.isASCIIDigit {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(b &- 0x30) } else { fast = false }
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if b == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                return slowParse(bytes)
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0, i > start else { return nil }
        if fast && mantissa < (1 << 53) && fractionDigits <= 22 {
            let value = Double(mantissa) / exactPowersOfTen[fractionDigits]
            return negative ? -value : value
        }
        return slowParse(bytes)
    }

    private static func slowParse(_ bytes: UnsafeRawBufferPointer) -> Double? {
        guard bytes.count < 64 else { return nil }
        var buffer = [CChar](repeating: 0, count: bytes.count + 1)
        for (k, b) in bytes.enumerated() { buffer[k] = CChar(bitPattern: b) }
        return buffer.withUnsafeBufferPointer { p -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(p.baseAddress!, &end)
            guard let end, end - UnsafeMutablePointer(mutating: p.baseAddress!) == bytes.count else { return nil }
            return value.isFinite ? value : nil
        }
    }

    /// `value` truncated to a whole number when it is finite and within ±2⁵³ (where every whole Double is
    /// exact), else nil. Converting with `Int64(_:)` alone traps on `1e400`.
    static func wholeNumber(_ value: Double) -> Int64? {
        value.isFinite && value.magnitude < 9_007_199_254_740_992 ? Int64(value) : nil
    }

    /// A memory size in MB: ``wholeNumber(_:)`` of a value of at least 0, else nil.
    static func megabytes(_ value: Double) -> Int? {
        value >= 0 ? wholeNumber(value).map { Int($0) } : nil
    }
}
