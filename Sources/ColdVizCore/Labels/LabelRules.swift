import Foundation

/// Dimension values given by the user per function name or glob (a labels file, JSON):
/// `{"perf_a": {"method": "zip"}, "legacy-*": {"method": "image", "architecture": "arm64"}}`.
/// Exact names win over globs; among globs the first in the file wins.
public struct LabelRules: Sendable {
    /// Function names or `fnmatch` globs with their values, in file order (the order globs are tried in).
    public var rules: [(glob: String, values: [Dimension: String])] = []

    /// No rules.
    public init() {}

    /// Reads a JSON labels file (ColdVizProject's `init(contentsOf:)` reads TOML ones too).
    public init(jsonContentsOf path: String) throws(LabelError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badLabelsFile(path: path, reason: "cannot be read")
        }
        let bytes = [UInt8](data)
        let value: JSONValue
        do {
            value = try bytes.withUnsafeBytes { b throws(IngestPrimitiveError) in
                var s = JSONScanner(b)
                return try s.readValue()
            }
        } catch {
            throw .badLabelsFile(path: path, reason: "is not valid JSON (\(error))")
        }
        guard let top = value.objectValue else {
            throw .badLabelsFile(path: path, reason: "must be a JSON object mapping function names or globs to objects")
        }
        for (glob, entry) in top.members {
            guard let values = entry.objectValue else {
                throw .badLabelsFile(path: path, reason: "the value of `\(glob)` must be an object of dimension: value")
            }
            var dims: [Dimension: String] = [:]
            for (key, v) in values.members {
                guard let d = Dimension(rawValue: key) else {
                    throw .badLabelsFile(
                        path: path,
                        reason:
                            "`\(glob)`.`\(key)` is not a dimension; use one of \(Dimension.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                guard
                    let s = v.stringValue
                        ?? v.doubleValue.map({ $0 == $0.rounded() && abs($0) < 1e15 ? String(Int($0)) : String($0) })
                else {
                    throw .badLabelsFile(path: path, reason: "`\(glob)`.`\(key)` must be a string or number")
                }
                dims[d] = s
            }
            rules.append((glob, dims))
        }
    }

    /// The values for `function`: the exact rule, else the first matching glob.
    public func values(for function: String) -> [Dimension: String]? {
        if let exact = rules.first(where: { $0.glob == function }) { return exact.values }
        return rules.first(where: { fnmatch($0.glob, function, 0) == 0 })?.values
    }
}
