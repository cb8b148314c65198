/// Text made safe for an HTML page: element content and quoted attribute values.
public enum HTMLText {
    /// `s` with `&`, `<`, `>`, `"` and `'` replaced by character references, so that any value from
    /// the logs (function names, paths, messages) is shown as text and never read as markup. O(length).
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A fragment id (`distribution-by-method`) from any text: ASCII letters, digits and `-` only.
    public static func anchor(_ s: String) -> String {
        var out = ""
        for c in s.lowercased().unicodeScalars {
            if c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) {
                out.unicodeScalars.append(c)
            } else if !out.isEmpty, out.last != "-" {
                out += "-"
            }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? "x" : out
    }
}
