import ColdVizCore

extension LabelRules {
    /// Reads a labels file: JSON, or TOML when the name ends in `.toml`.
    public init(contentsOf path: String) throws(LabelError) {
        guard path.lowercased().hasSuffix(".toml") else {
            self = try LabelRules(jsonContentsOf: path)
            return
        }
        do { self = try ProjectConfig.labelRules(tomlPath: path) } catch {
            let p = error.problem
            throw .badLabelsFile(path: path, reason: (p.line.map { "line \($0): " } ?? "") + p.message)
        }
    }
}
