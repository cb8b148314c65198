extension JSONScanner {
    /// Reads the string starting at `offset` (a `"`), decoding escapes. Invalid UTF-8 and lone surrogates
    /// become U+FFFD. Returns nil when not `building` (the string is still fully validated). O(length).
    mutating func scanString(building: Bool) throws(IngestPrimitiveError) -> String? {
        let quote = offset
        let start = offset + 1
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                offset = index + 1
                return building ? String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) : nil
            }
            if byte == UInt8(ascii: "\\") {
                return try scanEscapedString(from: start, firstEscape: index, building: building)
            }
            if byte < 0x20 {
                throw failure("unescaped control character in string, \(found(at: index))", at: index)
            }
            index += 1
        }
        throw failure("unterminated string (no closing '\"' before the end of input)", at: quote)
    }

    /// The slow path of `scanString`, once a backslash was seen at `firstEscape`.
    private mutating func scanEscapedString(
        from start: Int, firstEscape: Int, building: Bool
    ) throws(IngestPrimitiveError) -> String? {
        var decoded: [UInt8] = []
        if building {
            decoded.reserveCapacity(firstEscape - start + 16)
            decoded.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<firstEscape]))
        }
        var index = firstEscape
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                offset = index + 1
                return building ? String(decoding: decoded, as: UTF8.self) : nil
            }
            if byte < 0x20 {
                throw failure("unescaped control character in string, \(found(at: index))", at: index)
            }
            guard byte == UInt8(ascii: "\\") else {
                if building { decoded.append(byte) }
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { break }
            let escape = bytes[index + 1]
            var simple: UInt8?
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = escape
            case UInt8(ascii: "b"): simple = 0x08
            case UInt8(ascii: "f"): simple = 0x0C
            case UInt8(ascii: "n"): simple = 0x0A
            case UInt8(ascii: "r"): simple = 0x0D
            case UInt8(ascii: "t"): simple = 0x09
            case UInt8(ascii: "u"): simple = nil
            default:
                throw failure("invalid escape '\\\(TextPosition.describeByte(in: bytes, at: index + 1))' in string", at: index)
            }
            if let simple {
                if building { decoded.append(simple) }
                index += 2
                continue
            }
            guard let unit = hexQuad(at: index + 2) else {
                throw failure("expected four hex digits after '\\u' in string", at: index)
            }
            index += 6
            var scalar = Unicode.Scalar(unit)
            if (0xD800..<0xDC00).contains(unit), index + 1 < bytes.count,
                bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                let low = hexQuad(at: index + 2), (0xDC00..<0xE000).contains(low)
            {
                scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                index += 6
            }
            if building {
                decoded.append(contentsOf: Array(String(scalar ?? "\u{FFFD}").utf8))
            }
        }
        throw failure("unterminated string (no closing '\"' before the end of input)", at: start - 1)
    }

    /// The value of four hex digits at `index`, or nil.
    private func hexQuad(at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for position in index..<(index + 4) {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
