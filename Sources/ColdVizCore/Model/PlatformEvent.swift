/// A platform record with where and when it was logged.
public struct PlatformEvent: Sendable {
    public var record: PlatformRecord
    /// Event timestamp (epoch milliseconds, UTC); nil in renderings without time.
    public var timestampMilliseconds: Int64?
    public var logGroup: String?
    public var logStream: String?
    public var location: SourceLocation

    /// Creates an event.
    public init(
        record: PlatformRecord, timestampMilliseconds: Int64?, logGroup: String?, logStream: String?, location: SourceLocation
    ) {
        self.record = record
        self.timestampMilliseconds = timestampMilliseconds
        self.logGroup = logGroup
        self.logStream = logStream
        self.location = location
    }
}
