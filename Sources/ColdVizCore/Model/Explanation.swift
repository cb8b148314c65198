/// What other sources say about one invocation: its X-Ray trace, structured application logs, and
/// the Python import tree logged during its Init phase.
public struct Explanation: Sendable {
    /// The invocation's X-Ray trace, if any.
    public var trace: TraceRecord? {
        get { tracePresent.first }
        set { tracePresent = newValue.map { [$0] } ?? [] }
    }
    /// The trace, stored out of line: most invocations have none, and the record is large.
    private var tracePresent: [TraceRecord] = []
    public var appLogs: [AppLogRecord] = []
    public var importTree: ImportTree?

    /// Creates an empty explanation.
    public init() {}

    /// Module times (µs) for this cold start: the logged `timings` object / `module_load_*` metrics,
    /// else the import tree's top-level modules (cumulative).
    public var moduleTimesMicroseconds: ModuleTimes {
        // By index: `first(where:)` would copy the whole record.
        if let i = appLogs.firstIndex(where: { !$0.moduleTimingsMicroseconds.isEmpty }) {
            return appLogs[i].moduleTimingsMicroseconds
        }
        guard let tree = importTree else { return ModuleTimes() }
        return ModuleTimes(
            tree.nodes.filter { $0.depth == 0 }.map { ModuleTime(name: $0.module, microseconds: $0.cumulativeMicroseconds) })
    }

    /// What the application logs say: true / false when they agree, nil when silent or contradictory.
    public var appSaysCold: Bool? {
        var says: Bool?
        for flag in appLogs.compactMap(\.coldStart) {
            if says == nil { says = flag } else if says != flag { return nil }
        }
        return says
    }
}

/// The import tree of one Python process, as `-X importtime` printed it (children before parents).
public struct ImportTree: Sendable {
    public var nodes: [ImportTimeLine] = []
}

/// Where an invocation comes from.
public enum InvocationSource: String, Sendable, Codable {
    /// A REPORT line (or `platform.report`, or an Insights row).
    case report
    /// An X-Ray trace with no log record of its own.
    case trace
}
