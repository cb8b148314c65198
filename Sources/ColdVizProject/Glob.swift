import ColdVizCore
import Foundation

/// Shell-style path patterns (`logs/*/2024-*.json.gz`), expanded by the C library.
enum Glob {
    /// Matching paths, sorted; none when nothing matches. O(matches).
    static func expand(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard glob(pattern, 0, nil, &g) == 0 else { return [] }
        return (0..<Int(g.gl_pathc)).compactMap { g.gl_pathv[$0].map { String(cString: $0) } }.sorted()
    }
}
