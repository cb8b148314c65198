import ColdVizCore
import Foundation
import TOMLKit

/// Typed access to TOML values with errors that name the key, its line and the expected type.
struct ConfigReader {
    let path: String
    let lines: ConfigKeyLines

    private func full(_ key: String, _ prefix: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }

    func wrongType(_ key: String, _ expected: String, _ value: TOMLValueConvertible) -> ConfigError {
        .wrongType(path: path, line: lines.line(key), key: key, expected: expected, found: "\(Self.article(value.type))")
    }

    private static func article(_ type: TOMLType) -> String {
        switch type {
        case .int: "an integer"
        case .array: "an array"
        default: "a \(type.rawValue)"
        }
    }

    /// Rejects keys not in `keys`.
    func allow(_ t: TOMLTable, prefix: String, keys: [String]) throws(ConfigError) {
        for key in t.keys where !keys.contains(key) {
            throw .unknownKey(path: path, line: lines.line(full(key, prefix)), key: full(key, prefix), expected: keys)
        }
    }

    func string(_ t: TOMLTable, _ key: String, prefix: String) throws(ConfigError) -> String? {
        guard let v = t[key] else { return nil }
        guard let s = v.string else { throw wrongType(full(key, prefix), "a string", v) }
        return s
    }

    func stringOrInt(_ t: TOMLTable, _ key: String, prefix: String) throws(ConfigError) -> String? {
        guard let v = t[key] else { return nil }
        guard let s = v.string ?? v.int.map(String.init) else { throw wrongType(full(key, prefix), "a string or an integer", v) }
        return s
    }

    func int(_ t: TOMLTable, _ key: String, prefix: String) throws(ConfigError) -> Int? {
        guard let v = t[key] else { return nil }
        guard let i = v.int else { throw wrongType(full(key, prefix), "an integer", v) }
        return i
    }

    func double(_ t: TOMLTable, _ key: String, prefix: String) throws(ConfigError) -> Double? {
        guard let v = t[key] else { return nil }
        guard let d = v.double ?? v.int.map(Double.init) else { throw wrongType(full(key, prefix), "a number", v) }
        return d
    }

    func bool(_ t: TOMLTable, _ key: String, prefix: String) throws(ConfigError) -> Bool? {
        guard let v = t[key] else { return nil }
        guard let b = v.bool else { throw wrongType(full(key, prefix), "true or false", v) }
        return b
    }

    /// An array of strings, or one string (comma-separated lists are split).
    func strings(_ t: TOMLTable, _ key: String, prefix: String) throws(ConfigError) -> [String]? {
        guard let v = t[key] else { return nil }
        if let s = v.string { return s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        guard let a = v.array else { throw wrongType(full(key, prefix), "an array of strings", v) }
        var out: [String] = []
        for item in a {
            guard let s = item.string else { throw wrongType(full(key, prefix), "an array of strings", item) }
            out.append(s)
        }
        return out
    }

    func numbers(_ t: TOMLTable, _ key: String, prefix: String) throws(ConfigError) -> [Double]? {
        guard let v = t[key] else { return nil }
        guard let a = v.array else { throw wrongType(full(key, prefix), "an array of numbers", v) }
        var out: [Double] = []
        for item in a {
            guard let d = item.double ?? item.int.map(Double.init) else {
                throw wrongType(full(key, prefix), "an array of numbers", item)
            }
            out.append(d)
        }
        return out
    }

    func dimensions(_ t: TOMLTable, _ key: String, prefix: String) throws(ConfigError) -> [Dimension]? {
        guard let names = try strings(t, key, prefix: prefix) else { return nil }
        var out: [Dimension] = []
        for n in names {
            guard let d = Dimension(rawValue: n) else {
                throw .badValue(
                    path: path, line: lines.line(full(key, prefix)), key: full(key, prefix),
                    message:
                        "names `\(n)`, which is not a dimension; use \(Dimension.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            out.append(d)
        }
        return out
    }
}
