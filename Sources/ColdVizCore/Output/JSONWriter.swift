import Foundation

/// Writes JSON with keys in the order given, for stable, diffable output.
public struct JSONWriter {
    private(set) var text = ""
    private var indentLevel = 0
    private var needsComma = [false]
    private let pretty: Bool

    /// Creates a writer; `pretty` indents by two spaces.
    public init(pretty: Bool = true) { self.pretty = pretty }

    /// The document written so far.
    public var output: String { text }

    mutating func beginObject(_ key: String? = nil) { open(key, "{") }
    mutating func endObject() { close("}") }
    mutating func beginArray(_ key: String? = nil) { open(key, "[") }
    mutating func endArray() { close("]") }

    mutating func value(_ key: String?, _ v: String?) { raw(key, v.map(Self.quote) ?? "null") }
    mutating func value(_ key: String?, _ v: Int?) { raw(key, v.map(String.init) ?? "null") }
    mutating func value(_ key: String?, _ v: Bool) { raw(key, v ? "true" : "false") }
    mutating func value(_ key: String?, _ v: Double?) { raw(key, v.map(Self.number) ?? "null") }
    mutating func null(_ key: String?) { raw(key, "null") }

    /// An array of numbers on one line, `[1.5, 2, 3.25]`, for compact samples.
    mutating func numbers(_ key: String?, _ values: [Double]) {
        raw(key, "[" + values.map(Self.number).joined(separator: pretty ? ", " : ",") + "]")
    }

    /// Shortest round-tripping decimal, integers without `.0`, non-finite as null.
    static func number(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    private mutating func prefix(_ key: String?) {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && !(indentLevel == 0 && text.isEmpty) { text += "\n" + String(repeating: "  ", count: indentLevel) }
        if let key { text += Self.quote(key) + (pretty ? ": " : ":") }
    }

    private mutating func raw(_ key: String?, _ literal: String) {
        prefix(key)
        text += literal
    }

    private mutating func open(_ key: String?, _ bracket: String) {
        prefix(key)
        text += bracket
        indentLevel += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        indentLevel -= 1
        if pretty && hadItems { text += "\n" + String(repeating: "  ", count: indentLevel) }
        text += bracket
    }
}
