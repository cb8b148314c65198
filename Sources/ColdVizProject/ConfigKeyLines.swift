import ColdVizCore
import Foundation

/// Finds the line of each `key = value` in TOML text, by table (`plot.width` → its line), so that
/// errors about values can name a line. A key it cannot place gets its table header's line.
struct ConfigKeyLines {
    private var lines: [String: Int] = [:]

    /// Scans `text` once. O(n).
    init(_ text: String) {
        var table = ""
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") && !line.hasPrefix("[[") {
                let name = line.dropFirst().prefix { $0 != "]" }
                table = name.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\"", with: "")
                if lines[table] == nil { lines[table] = n + 1 }
                continue
            }
            guard !line.hasPrefix("#"), let eq = line.firstIndex(of: "=") else { continue }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\"", with: "")
                .replacingOccurrences(of: "'", with: "")
            guard !key.isEmpty else { continue }
            let full = table.isEmpty ? key : table + "." + key
            if lines[full] == nil { lines[full] = n + 1 }
        }
    }

    /// The line of `key` (dotted), else of its nearest enclosing table, else 1.
    func line(_ key: String) -> Int {
        var k = key
        while true {
            if let l = lines[k] { return l }
            guard let dot = k.lastIndex(of: ".") else { return 1 }
            k = String(k[..<dot])
        }
    }
}
