/// Line and column of a byte offset, for error messages only.
enum TextPosition {
    /// 1-based line (counting `\n`) and 1-based byte column of `offset` in `bytes`. O(offset).
    static func lineAndColumn(in bytes: UnsafeRawBufferPointer, of offset: Int) -> (line: Int, column: Int) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return (line, end - lineStart + 1)
    }

    /// A short printable description of the byte at `offset` for error reasons: `'x'`, `byte 0x00` or `end of input`.
    static func describeByte(in bytes: UnsafeRawBufferPointer, at offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x\(hex.count == 1 ? "0" + hex : hex)"
    }
}
