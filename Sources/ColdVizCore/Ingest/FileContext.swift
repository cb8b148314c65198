/// How the user asked inputs to be read.
public struct IngestOptions: Sendable {
    /// Force one reader instead of sniffing each file's content.
    public var inputFormat: InputFormat = .auto
    /// Midnight (UTC, epoch ms) of the day that `HH:MM:SS`-prefixed lines belong to.
    public var clockDateMilliseconds: Int64?
    /// About how many bytes of a large text file one core reads at a time.
    public var textChunkBytes = TextChunkReader.defaultChunkBytes
    /// Whether structured application logs are read (Powertools, EMF: what explains invocations). When
    /// false, a JSON message that cannot be a platform event is counted as an application log unread,
    /// without parsing it: charts that explain nothing need none.
    public var readsApplicationLogs = true
    /// How long before its request's START an environment's Init phase must have ended for the invocation
    /// to count as a proactive initialisation, not a cold start (`--proactive-gap`).
    public var proactiveGapMilliseconds = EnvironmentWalker.defaultProactiveGapMilliseconds

    /// Default options: sniff every file.
    public init() {}
}

/// The reader to use for a file.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Decide from the content (docs/FORMATS.md §1.2).
    case auto
    /// Text lines in any rendering.
    case text
    /// Any JSON container (CloudWatch API output, subscription payloads, JSON log format, Insights JSON).
    case json
    /// Logs Insights results rendered as a Markdown table, an `--output table` box, or CSV.
    case insightsTable = "insights-table"
    /// coldviz's own record export (`export --format csv|jsonl`), or an Athena result with its columns.
    case records
}

/// What is known about a file before its content is read.
struct FileContext {
    var displayPath: String
    /// Log group, when the container does not carry one (never from the path today).
    var logGroup: String?
    /// Log stream taken from an S3-export object key (`<task-id>/<stream>/000000.gz`).
    var logStream: String?
    var options: IngestOptions
    /// The mapped file being read, whose pages a reader may release once read (see ``InputBytes/releasePages(within:)``).
    var input: InputBytes? = nil
}
