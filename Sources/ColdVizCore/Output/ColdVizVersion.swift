/// The version of coldviz, printed by `coldviz --version` and written into reports.
public enum ColdVizVersion {
    /// Semantic version of this build's commands and output formats.
    public static let current = "0.1.0"
}
