import Foundation

/// Extracts dimension values from a function name with a pattern such as
/// `perf_{method}_Python{python}_{memory}` (placeholders are dimension names; `{*}` matches anything).
public struct LabelPattern: Sendable {
    /// The reference study's names: `perf_zip_layers_Python39_1769`.
    public static let study = try! LabelPattern("perf_{method}_Python{python}_{memory}")

    /// The pattern as written, placeholders included (`perf_{method}_Python{python}_{memory}`).
    public let text: String
    private let regex: NSRegularExpression
    private let dimensions: [Dimension?]

    /// Compiles `text`; placeholders must be dimension names or `*`.
    public init(_ text: String) throws(LabelError) {
        var pattern = "^"
        var dims: [Dimension?] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open]))
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw .badPattern(text, reason: "has a `{` without its `}`")
            }
            let name = String(rest[rest.index(after: open)..<close])
            if name == "*" {
                dims.append(nil)
            } else {
                guard let d = Dimension(rawValue: name) else {
                    throw .badPattern(text, reason: "names `{\(name)}`, which is not a dimension")
                }
                dims.append(d)
            }
            pattern += "(.+?)"
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        guard !dims.isEmpty else { throw .badPattern(text, reason: "has no `{dimension}` placeholder") }
        do { regex = try NSRegularExpression(pattern: pattern) } catch {
            throw .badPattern(text, reason: "cannot be compiled")
        }
        self.text = text
        dimensions = dims
    }

    /// The dimension values `name` gives, normalised (`Python39` → `3.9`), or nil when it does not match.
    public func match(_ name: String) -> [Dimension: String]? {
        let range = NSRange(name.startIndex..., in: name)
        guard let m = regex.firstMatch(in: name, range: range) else { return nil }
        var values: [Dimension: String] = [:]
        for (k, d) in dimensions.enumerated() {
            guard let d, let r = Range(m.range(at: k + 1), in: name) else { continue }
            values[d] = Self.normalise(String(name[r]), as: d)
        }
        return values
    }

    /// `39` / `3_9` / `python3.9` → `3.9`; `311` → `3.11`; other dimensions unchanged.
    static func normalise(_ value: String, as dimension: Dimension) -> String {
        guard dimension == .python else { return value }
        var v = value.lowercased()
        if v.hasPrefix("python") { v.removeFirst(6) }
        v = v.replacingOccurrences(of: "_", with: ".")
        if !v.contains("."), v.count >= 2, v.allSatisfy(\.isNumber) {
            v.insert(".", at: v.index(after: v.startIndex))
        }
        return v
    }
}
