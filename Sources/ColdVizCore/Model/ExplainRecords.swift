/// A structured application log about a cold start: a Powertools record, an EMF blob (`ColdStart`,
/// `module_load_*`), a Lambda Insights performance event or a Datadog metric (docs/FORMATS.md §7).
///
/// Held by the hundred thousand: fields ordered and numbers stored narrowly to fit 96 bytes, not 112.
public struct AppLogRecord: Sendable, Equatable {
    public enum Source: String, Sendable, Codable { case powertools, emf, lambdaInsights, datadog }
    public var requestId: LogId?
    /// Declared after `requestId`, whose 17 bytes leave room for both before the next 8-byte boundary.
    public var source: Source
    /// What the record says about the invocation: true for a cold start, false for warm, nil when silent.
    public var coldStart: Bool?
    public var traceId: LogId?
    public var functionName: String?
    private var memorySize = NarrowOptionalInt(nil)
    private var initDuration = NarrowOptionalDouble(nil)
    /// Module name → microseconds: the study's `timings` object or EMF `module_load_*` metrics.
    public var moduleTimingsMicroseconds = ModuleTimes()

    public var memorySizeMegabytes: Int? {
        get { memorySize.value.map { Int($0) } }
        set { memorySize = NarrowOptionalInt(newValue.map { Int64($0) }) }
    }
    /// Lambda Insights `init_duration` (ms).
    public var initDurationMilliseconds: Double? {
        get { initDuration.value }
        set { initDuration = NarrowOptionalDouble(newValue) }
    }

    /// Creates a record from `source` with nothing known yet.
    public init(source: Source) { self.source = source }

    /// Field by field, as the optionals compare (a NaN equals nothing).
    public static func == (a: AppLogRecord, b: AppLogRecord) -> Bool {
        a.requestId == b.requestId && a.source == b.source && a.coldStart == b.coldStart && a.traceId == b.traceId
            && a.functionName == b.functionName && a.memorySizeMegabytes == b.memorySizeMegabytes
            && a.initDurationMilliseconds == b.initDurationMilliseconds
            && a.moduleTimingsMicroseconds == b.moduleTimingsMicroseconds
    }
}

/// One module's time in microseconds.
public struct ModuleTime: Sendable, Equatable {
    public var name: String
    public var microseconds: Double

    /// The time of module `name`.
    public init(name: String, microseconds: Double) {
        self.name = name
        self.microseconds = microseconds
    }
}

/// Module times in logged order, held as two arrays: the names, which consecutive logs usually repeat
/// and can then share (``sharingNames(with:)``), and the times. O(1) access.
public struct ModuleTimes: RandomAccessCollection, Sendable, Equatable {
    public private(set) var names: [String] = []
    private var microseconds: [Double] = []

    /// No module times.
    public init() {}

    /// These module times, in order.
    public init(_ times: [ModuleTime]) {
        names = times.map(\.name)
        microseconds = times.map(\.microseconds)
    }

    /// `names` and their times, as many of each.
    init(names: [String], microseconds: [Double]) {
        self.names = names
        self.microseconds = microseconds
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { names.count }
    public subscript(position: Int) -> ModuleTime {
        ModuleTime(name: names[position], microseconds: microseconds[position])
    }

    /// Makes room for `count` module times in all, so appending them allocates once. O(count).
    public mutating func reserveCapacity(_ count: Int) {
        names.reserveCapacity(count)
        microseconds.reserveCapacity(count)
    }

    /// Adds a module's time at the end.
    public mutating func append(_ time: ModuleTime) {
        names.append(time.name)
        microseconds.append(time.microseconds)
    }

    /// Takes `names` as its own names when they are equal, so both hold one array; true when it did. O(modules).
    @discardableResult
    mutating func sharingNames(with names: [String]) -> Bool {
        guard self.names == names else { return false }
        self.names = names
        return true
    }

    /// Gives back the room the times grew but did not fill. O(modules).
    mutating func trimTimes() {
        if microseconds.capacity > microseconds.count { microseconds = microseconds.withUnsafeBufferPointer { Array($0) } }
    }

    /// Gives back the room the names grew but did not fill. O(modules).
    mutating func trimNames() {
        if names.capacity > names.count { names = names.withUnsafeBufferPointer { Array($0) } }
    }
}

/// One line of Python's `-X importtime` output (docs/FORMATS.md §9.1).
public struct ImportTimeLine: Sendable, Equatable {
    /// The `import time: self [us] | cumulative | imported package` header: a new process.
    public var isHeader: Bool
    public var selfMicroseconds: Double
    public var cumulativeMicroseconds: Double
    /// Nesting level: two spaces per level before the name.
    public var depth: Int
    public var module: String
}

/// One Lambda invocation seen in an X-Ray trace: the `AWS::Lambda` segment and the phases of its
/// `AWS::Lambda::Function` segment (docs/FORMATS.md §8). Durations are (end − start) × 1000.
public struct TraceRecord: Sendable {
    public var traceId: LogId?
    public var requestId: LogId?
    public var functionName: String?
    /// Only the condensed export carries memory (from its wrapper).
    public var memorySizeMegabytes: Int?
    /// `AWS::Lambda` segment start and end, epoch seconds.
    public var startSeconds: Double?
    public var endSeconds: Double?
    /// The `id` of the segment the record was built from (the service's, else the function's): with the
    /// trace id it identifies a segment another copy of the export holds too.
    public var segmentId: String?
    public var initializationMilliseconds: Double?
    public var invocationMilliseconds: Double?
    public var overheadMilliseconds: Double?
    public var restoreMilliseconds: Double?
    public var location: SourceLocation
    /// Segments of Lambda origin counted as events for this record (all on a trace's first record).
    public var segmentEvents = 0

    /// The service segment's duration: what the caller waited, end to end.
    public var endToEndMilliseconds: Double? {
        guard let s = startSeconds, let e = endSeconds else { return nil }
        return (e - s) * 1000
    }
}
