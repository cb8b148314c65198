/// A platform record with where and when it was logged.
///
/// Millions are kept at once, so the optional time and the location are stored narrowly (72 bytes an
/// event, not 104): the time as a ``NarrowOptionalInt``, the file index in 32 bits (a run's files are
/// counted in `Int32` already).
public struct PlatformEvent: Sendable {
    /// What the event says: a platform line, a structured application log or an `-X importtime` line.
    public var record: PlatformRecord
    /// Declared right after `record`, whose 18 bytes leave it room before the next 8-byte boundary.
    private var fileIndex: Int32
    /// The log group the input names for the event; nil when it names none.
    public var logGroup: String?
    /// The log stream (execution environment) the input names; nil when it names none, and the file's
    /// streamless events are then one environment.
    public var logStream: String?
    private var milliseconds: NarrowOptionalInt
    private var line: Int

    /// Event timestamp (epoch milliseconds, UTC); nil in renderings without time.
    public var timestampMilliseconds: Int64? {
        get { milliseconds.value }
        set { milliseconds = NarrowOptionalInt(newValue) }
    }

    /// Where the event was read: the file index and the 1-based line (0 in decoded payloads).
    public var location: SourceLocation {
        get { SourceLocation(fileIndex: Int(fileIndex), line: line) }
        set {
            fileIndex = Int32(newValue.fileIndex)
            line = newValue.line
        }
    }

    /// Creates an event.
    public init(
        record: PlatformRecord, timestampMilliseconds: Int64?, logGroup: String?, logStream: String?, location: SourceLocation
    ) {
        self.record = record
        self.logGroup = logGroup
        self.logStream = logStream
        milliseconds = NarrowOptionalInt(timestampMilliseconds)
        line = location.line
        fileIndex = Int32(location.fileIndex)
    }
}
