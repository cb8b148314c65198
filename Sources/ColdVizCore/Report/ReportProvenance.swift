/// Where a report came from: enough to make it again.
public struct ReportProvenance: Sendable {
    /// The coldviz version that made it.
    public var version: String
    /// The command line, words shell-quoted (`coldviz report logs/ -o report.html`).
    public var commandLine: String
    /// When it was made (ISO 8601 UTC), only when asked for: without it the same input gives the same bytes.
    public var timestamp: String?

    /// Creates provenance.
    public init(version: String, commandLine: String, timestamp: String? = nil) {
        self.version = version
        self.commandLine = commandLine
        self.timestamp = timestamp
    }
}
