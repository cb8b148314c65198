extension PythonLiteralParser {
    /// The bare words that are literals.
    private static let keywords: [String: JSONValue] = [
        "True": .bool(true), "False": .bool(false), "None": .null, "inf": .number(.infinity), "nan": .number(.nan),
    ]

    /// Parses a string, number, `True`, `False`, `None`, `inf` or `nan` at `offset`.
    mutating func parseScalar() throws(IngestPrimitiveError) -> JSONValue {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
            return .string(try parseString(raw: false, bytesLiteral: false))
        }
        if Self.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") {
            return try parseNumber()
        }
        let start = offset
        var end = offset
        while end < bytes.count, Self.isIdentifierByte(bytes[end]) { end += 1 }
        let word = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if end < bytes.count, bytes[end] == UInt8(ascii: "'") || bytes[end] == UInt8(ascii: "\""),
            !word.isEmpty, word.count <= 2, word.lowercased().allSatisfy({ "rub".contains($0) })
        {
            offset = end
            let lower = word.lowercased()
            return .string(try parseString(raw: lower.contains("r"), bytesLiteral: lower.contains("b")))
        }
        if let keyword = Self.keywords[word] {
            offset = end
            return keyword
        }
        switch word {
        case "":
            throw failure("expected a value, \(found(at: offset))", at: offset)
        default:
            throw failure(
                "'\(word)' is not a literal (only strings, numbers, True, False, None, lists, tuples, dicts and sets are read)",
                at: offset)
        }
    }

    /// Parses an int or float such as `-12`, `1_000`, `4.96`, `1e-05`, `-inf`.
    private mutating func parseNumber() throws(IngestPrimitiveError) -> JSONValue {
        let start = offset
        var text = ""
        var index = offset
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            if bytes[index] == UInt8(ascii: "-") { text.append("-") }
            index += 1
            if bytes.count - index >= 3, bytes[index] == UInt8(ascii: "i"), bytes[index + 1] == UInt8(ascii: "n"),
                bytes[index + 2] == UInt8(ascii: "f")
            {
                offset = index + 3
                return .number(text.isEmpty ? .infinity : -.infinity)
            }
        }
        var digits = 0
        var previous: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            let inExponentSign = (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) && previous | 0x20 == UInt8(ascii: "e")
            guard
                Self.isDigit(byte) || byte == UInt8(ascii: ".") || byte | 0x20 == UInt8(ascii: "e")
                    || byte == UInt8(ascii: "_") || inExponentSign
            else { break }
            if Self.isDigit(byte) { digits += 1 }
            if byte != UInt8(ascii: "_") { text.unicodeScalars.append(Unicode.Scalar(byte)) }
            previous = byte
            index += 1
        }
        guard digits > 0, let number = Double(text) else {
            throw failure("invalid number '\(text)'", at: start)
        }
        offset = index
        return .number(number)
    }

    /// Parses a quoted string at `offset` (the quote), applying Python's escapes unless `raw`.
    /// In a bytes literal `\xhh` is a raw byte; in a str it is the code point U+00hh.
    private mutating func parseString(raw: Bool, bytesLiteral: Bool) throws(IngestPrimitiveError) -> String {
        let quote = bytes[offset]
        let start = offset
        var decoded: [UInt8] = []
        var index = offset + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
                offset = index + 1
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte == 0x0A { break }
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                decoded.append(byte)
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            if raw {
                decoded.append(byte)
                decoded.append(escape)
                index += 2
                continue
            }
            index += 2
            switch escape {
            case 0x0A: break
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): decoded.append(escape)
            case UInt8(ascii: "a"): decoded.append(0x07)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "v"): decoded.append(0x0B)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = UInt32(escape - 48)
                var taken = 1
                while taken < 3, index < bytes.count, bytes[index] >= 48, bytes[index] <= 55 {
                    value = value * 8 + UInt32(bytes[index] - 48)
                    index += 1
                    taken += 1
                }
                appendCodePoint(value, rawByte: bytesLiteral, to: &decoded)
            case UInt8(ascii: "x"),
                UInt8(ascii: "u") where !bytesLiteral,
                UInt8(ascii: "U") where !bytesLiteral:
                let length = escape == UInt8(ascii: "x") ? 2 : escape == UInt8(ascii: "u") ? 4 : 8
                guard let value = hexValue(at: index, length: length) else {
                    throw failure("expected \(length) hex digits after '\\\(Character(Unicode.Scalar(escape)))'", at: index - 2)
                }
                index += length
                appendCodePoint(value, rawByte: bytesLiteral && escape == UInt8(ascii: "x"), to: &decoded)
            default:
                decoded.append(byte)
                decoded.append(escape)
            }
        }
        throw failure("unterminated string (no closing \(Character(Unicode.Scalar(quote))) on its line)", at: start)
    }

    /// Appends `value` as UTF-8 (U+FFFD for surrogates and values past U+10FFFF), or as one byte.
    private func appendCodePoint(_ value: UInt32, rawByte: Bool, to decoded: inout [UInt8]) {
        if rawByte, value < 256 {
            decoded.append(UInt8(value))
            return
        }
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        decoded.append(contentsOf: Array(String(scalar).utf8))
    }

    private func hexValue(at index: Int, length: Int) -> UInt32? {
        guard index + length <= bytes.count else { return nil }
        var value: UInt32 = 0
        for position in index..<(index + length) {
            guard let digit = Int(String(Unicode.Scalar(bytes[position])), radix: 16) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
    }
}
