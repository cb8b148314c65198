extension JSONTape {
    /// Validates the string starting at `quote` as `JSONScanner.scanString` does and appends its token; the offset
    /// after the closing quote, or nil when the scanner would throw. O(length).
    mutating func readString(at quote: Int) -> Int? {
        let start = quote + 1
        let count = bytes.count
        var index = start
        var high: UInt8 = 0
        var flags: UInt8 = 0
        while index < count {
            let byte = bytes[index]
            high |= byte
            if byte == UInt8(ascii: "\"") {
                if high >= 0x80 { flags |= Self.nonASCIIFlag }
                tokens.append(Token(kind: .string, stringFlags: flags, start: start, end: index))
                return index + 1
            }
            if byte < 0x20 { return nil }
            if byte == UInt8(ascii: "\\") {
                flags = Self.escapeFlag
                guard index + 1 < count else { return nil }
                switch bytes[index + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                case UInt8(ascii: "u"):
                    guard index + 6 <= count else { return nil }
                    for position in (index + 2)..<(index + 6) where !Self.isHexDigit(bytes[position]) { return nil }
                    index += 6
                default:
                    return nil
                }
                continue
            }
            index += 1
        }
        return nil
    }

    @inline(__always)
    private static func isHexDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10 || (byte | 0x20) &- UInt8(ascii: "a") < 6
    }
}
