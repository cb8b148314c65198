/// Makes Cairo's SVG output independent of how many surfaces the process created before.
enum StableSVG {
    /// Renumbers Cairo's process-global ids (`surface12`, `glyph3-1`, `clip5`, ...) in order of
    /// first appearance, so the same scene gives the same bytes in any process. O(length).
    static func renumberIDs(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        let prefixes = [
            "surface", "glyph", "clip", "image", "pattern", "mask", "source", "linear-pattern", "radial-pattern", "filter",
        ]
        var mapping: [String: String] = [:]
        var counters: [String: Int] = [:]
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "\"" || text[i] == "#" {
                out.append(text[i])
                let start = text.index(after: i)
                var j = start
                while j < text.endIndex, text[j].isLetter || text[j] == "-" { j = text.index(after: j) }
                let word = String(text[start..<j])
                var k = j
                while k < text.endIndex, text[k].isNumber || text[k] == "-" { k = text.index(after: k) }
                if prefixes.contains(word), k > j {
                    let key = String(text[start..<k])
                    if mapping[key] == nil {
                        let n = (counters[word] ?? 0) + 1
                        counters[word] = n
                        mapping[key] = word + String(n)
                    }
                    out += mapping[key]!
                    i = k
                } else {
                    i = start
                }
                continue
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return Array(out.utf8)
    }
}
