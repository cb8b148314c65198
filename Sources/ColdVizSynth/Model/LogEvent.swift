/// One CloudWatch Logs event as generated: its time, its message and what it is for the accounting.
struct LogEvent: Sendable {
    /// What coldviz should make of the event.
    enum Kind: Sendable {
        /// A platform record coldviz keeps (START, END, REPORT, INIT_START, platform.start, ...).
        case record
        /// A copy of a record already written (an overlapping export): coldviz counts a duplicate.
        case duplicate
        /// A line coldviz must count as malformed (garbled or truncated REPORT).
        case malformed
        /// Anything coldviz ignores (application output, Powertools, EMF, runtimeDone, import times).
        case ignored
    }

    var timestampMilliseconds: Int64
    var message: String
    var kind: Kind
}

/// The ground truth of one function, filled while its events are written.
struct GroupTruth: Sendable {
    var invocations = 0
    var coldStarts = 0
    var warmStarts = 0
    /// Garbled REPORT lines injected.
    var malformedLines = 0
    /// REPORT lines cut before their request id.
    var truncatedLines = 0
    /// Platform events written twice.
    var duplicateEvents = 0
    /// Extra application lines and tracebacks injected.
    var applicationLines = 0
    var tracebacks = 0
    var initDurationsMilliseconds: [Double] = []
    var durationsMilliseconds: [Double] = []
}
