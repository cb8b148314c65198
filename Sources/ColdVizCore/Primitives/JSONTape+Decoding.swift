#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension JSONTape {
    /// Writes the decoded text of the string body `raw` (between the quotes, already validated by the tape) to
    /// `out`, which has room for `raw.count` bytes (decoding never lengthens), byte for byte as
    /// `JSONScanner.scanString` decodes it: a lone surrogate becomes U+FFFD; other bytes are copied unchanged
    /// (invalid UTF-8 included). Returns the decoded length. O(length).
    static func decodeEscapes(_ raw: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer) -> Int {
        guard let base = raw.baseAddress else { return 0 }
        var index = 0
        var length = 0
        while index < raw.count {
            let rest = raw.count - index
            let run =
                memchr(base + index, Int32(UInt8(ascii: "\\")), rest).map { base.distance(to: UnsafeRawPointer($0)) - index }
                ?? rest
            (out + length).copyMemory(from: base + index, byteCount: run)
            length += run
            index += run
            guard index < raw.count else { break }
            let escape = raw[index + 1]
            index += 2
            var byte = escape  // `"`, `\` or `/`
            switch escape {
            case UInt8(ascii: "b"): byte = 0x08
            case UInt8(ascii: "f"): byte = 0x0C
            case UInt8(ascii: "n"): byte = 0x0A
            case UInt8(ascii: "r"): byte = 0x0D
            case UInt8(ascii: "t"): byte = 0x09
            case UInt8(ascii: "u"):
                var scalar = hexQuad(raw, at: index)
                index += 4
                if (0xD800..<0xDC00).contains(scalar), index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"),
                    raw[index + 1] == UInt8(ascii: "u")
                {
                    let low = hexQuad(raw, at: index + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                }
                UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { unit in
                    out.storeBytes(of: unit, toByteOffset: length, as: UInt8.self)
                    length += 1
                }
                continue
            default: break
            }
            out.storeBytes(of: byte, toByteOffset: length, as: UInt8.self)
            length += 1
        }
        return length
    }

    /// True when `bytes` is well-formed UTF-8 (Unicode table 3-7: no overlong forms, surrogates or values past
    /// U+10FFFF), that is when `String(decoding:as: UTF8.self)` keeps them unchanged. O(count).
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count,
                bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            var length = 3
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: break
            case 0xED: high = 0x9F
            case 0xF0: (length, low) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, high) = (4, 0x8F)
            default: return false
            }
            guard count - index >= length, (low...high).contains(bytes[index + 1]) else { return false }
            for position in (index + 2)..<(index + length) where bytes[position] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    /// The value of the four hex digits at `index` (already validated).
    private static func hexQuad(_ raw: UnsafeRawBufferPointer, at index: Int) -> UInt32 {
        var value: UInt32 = 0
        for position in index..<(index + 4) {
            let byte = raw[position]
            let digit = byte <= UInt8(ascii: "9") ? byte &- UInt8(ascii: "0") : (byte | 0x20) &- UInt8(ascii: "a") &+ 10
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
