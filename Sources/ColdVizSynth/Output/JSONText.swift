/// JSON string literals, built on bytes (the hot path of every JSON format).
enum JSONText {
    private static let hex = Array("0123456789abcdef".utf8)

    /// `text` as a JSON string literal with quotes; escapes `"`, `\` and control characters. O(n).
    static func quote(_ text: String) -> String {
        var t = text
        return t.withUTF8 { source -> String in
            var needs = false
            for b in source where b < 0x20 || b == 0x22 || b == 0x5C { needs = true; break }
            if !needs { return "\"" + text + "\"" }
            var out = [UInt8]()
            out.reserveCapacity(source.count + 16)
            out.append(0x22)
            for b in source {
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, UInt8(ascii: "n")]
                case 0x0D: out += [0x5C, UInt8(ascii: "r")]
                case 0x09: out += [0x5C, UInt8(ascii: "t")]
                case ..<0x20: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
                default: out.append(b)
                }
            }
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
    }
}
