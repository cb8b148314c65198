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
