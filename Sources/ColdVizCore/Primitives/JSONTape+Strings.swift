extension JSONTape {
    /// Validates the string starting at `quote` as `JSONScanner.scanString` does and appends its token; the offset
    /// after the closing quote, or nil when the scanner would throw. O(length).
    mutating func readString(at quote: Int) -> Int? {
        let start = quote + 1
        let count = bytes.count
        let base = bytes.baseAddress!
        var index = start
        var high: UInt64 = 0
        var flags: UInt8 = 0
        while true {
            while index + 8 <= count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let special = Self.specialBytes(word)
                guard special != 0 else {
                    high |= word
                    index += 8
                    continue
                }
                // The lowest flagged byte is always a true match: jump to it.
                let skipped = UInt64(special.trailingZeroBitCount / 8)
                high |= word & ((1 << (skipped * 8)) &- 1)
                index += Int(skipped)
                break
            }
            guard index < count else { return nil }
            let byte = bytes[index]
            high |= UInt64(byte)
            if byte == UInt8(ascii: "\"") {
                if high & 0x8080_8080_8080_8080 != 0 { flags |= Self.nonASCIIFlag }
                tokens.append(Token(kind: .string, stringFlags: flags, start: start, end: index))
                return index + 1
            }
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            flags |= Self.escapeFlag
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
        }
    }

    /// The high bit set in each byte of `word` (little-endian order) that is `"`, `\\` or below 0x20, and maybe in
    /// some bytes above such a byte (SWAR: the classic "has zero byte" and "has byte less than" tests, whose
    /// borrows only ever flag bytes above a true match, so the lowest flag is exact); 0 when there is none.
    @inline(__always)
    private static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let special =
            ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
        return special & 0x8080_8080_8080_8080
    }

    @inline(__always)
    private static func isHexDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10 || (byte | 0x20) &- UInt8(ascii: "a") < 6
    }
}
