/// What other sources say about one invocation: its X-Ray trace, structured application logs, and
/// the Python import tree logged during its Init phase.
///
/// Application logs are kept as what is read of them, not as records: the module times of the first
/// that logged any, what they say of the start, and how many there were (a cold start often has three,
/// and millions may be kept).
public struct Explanation: Sendable {
    /// The invocation's X-Ray trace, if any.
    public var trace: TraceRecord? {
        get { traced?.trace }
        set { traced = Traced.with(trace: newValue, importTree: importTree) }
    }
    /// The import tree `-X importtime` printed during the invocation's Init phase, if any.
    public var importTree: ImportTree? {
        get { traced?.importTree }
        set { traced = Traced.with(trace: trace, importTree: newValue) }
    }
    /// The trace and import tree, stored out of line: most invocations have neither.
    private(set) var traced: Traced?
    /// The module times of the first application log that logged any, compact.
    private(set) var loggedModuleTimes: CompactModuleTimes?
    /// How many application logs were joined to the invocation.
    public private(set) var appLogCount: Int32 = 0
    /// Whether some application log says cold (bit 0), some says warm (bit 1).
    private(set) var startFlags: UInt8 = 0

    /// Creates an empty explanation.
    public init() {}

    /// The explanation made of these parts (as ``Invocation`` stores them).
    init(traced: Traced?, loggedModuleTimes: CompactModuleTimes?, appLogCount: Int32, startFlags: UInt8) {
        self.traced = traced
        self.loggedModuleTimes = loggedModuleTimes
        self.appLogCount = appLogCount
        self.startFlags = startFlags
    }

    /// Takes what `log` says about the invocation, after the logs added before. O(1), O(modules) for the
    /// first log with module times.
    public mutating func add(_ log: AppLogRecord) {
        appLogCount += 1
        if loggedModuleTimes == nil { loggedModuleTimes = CompactModuleTimes.of(log.moduleTimingsMicroseconds) }
        if let cold = log.coldStart { startFlags |= cold ? 1 : 2 }
    }

    /// Whether some application log joined to the invocation logged module times.
    var hasLoggedModuleTimes: Bool { loggedModuleTimes != nil }

    /// Whether any application log was joined to the invocation.
    public var hasAppLogs: Bool { appLogCount > 0 }

    /// Module times (µs) for this cold start: the logged `timings` object / `module_load_*` metrics,
    /// else the import tree's top-level modules (cumulative). O(modules).
    public var moduleTimesMicroseconds: ModuleTimes {
        if let loggedModuleTimes { return loggedModuleTimes.moduleTimes }
        var times = ModuleTimes()
        Self.forEachModuleTime(logged: nil, importTree: importTree) { times.append(ModuleTime(name: $0, microseconds: $1)) }
        return times
    }

    /// Calls `body` with the name and time (µs) of each module time of an explanation with these `logged`
    /// times and `importTree` (``moduleTimesMicroseconds``' rule), in order, building no array. O(modules),
    /// O(tree nodes) for an import tree.
    static func forEachModuleTime(
        logged: CompactModuleTimes?, importTree: ImportTree?, _ body: (String, Double) -> Void
    ) {
        if let logged { return logged.forEach(body) }
        for node in importTree?.nodes ?? [] where node.depth == 0 { body(node.module, node.cumulativeMicroseconds) }
    }

    /// What the application logs say: true / false when they agree, nil when silent or contradictory.
    public var appSaysCold: Bool? {
        switch startFlags {
        case 1: true
        case 2: false
        default: nil
        }
    }
}

/// An invocation's trace and import tree, immutable (a change makes a new one, so copies of an
/// ``Explanation`` never share a change).
final class Traced: Sendable {
    let trace: TraceRecord?
    let importTree: ImportTree?

    private init(trace: TraceRecord?, importTree: ImportTree?) {
        self.trace = trace
        self.importTree = importTree
    }

    /// The storage of `trace` and `importTree`: nil when both are.
    static func with(trace: TraceRecord?, importTree: ImportTree?) -> Traced? {
        trace == nil && importTree == nil ? nil : Traced(trace: trace, importTree: importTree)
    }
}

/// The import tree of one Python process, as `-X importtime` printed it (children before parents).
public struct ImportTree: Sendable {
    /// The module lines in printed order (children before their parent), without the header.
    public var nodes: [ImportTimeLine] = []
}

/// Where an invocation comes from.
public enum InvocationSource: String, Sendable, Codable {
    /// A REPORT line (or `platform.report`, or an Insights row).
    case report
    /// An X-Ray trace with no log record of its own.
    case trace
}
