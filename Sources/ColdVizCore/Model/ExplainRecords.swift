/// A structured application log about a cold start: a Powertools record, an EMF blob (`ColdStart`,
/// `module_load_*`), a Lambda Insights performance event or a Datadog metric (docs/FORMATS.md §7).
///
/// Held by the hundred thousand: fields ordered and numbers stored narrowly to fit 96 bytes, not 112.
public struct AppLogRecord: Sendable, Equatable {
    /// What kind of log the record was read from: Powertools Logger, EMF, Lambda Insights or Datadog
    /// (docs/FORMATS.md §7).
    public enum Source: String, Sendable, Codable { case powertools, emf, lambdaInsights, datadog }
    /// Powertools `function_request_id`, EMF `function_request_id` or `request_id`, Insights `request_id`;
    /// nil for Datadog.
    public var requestId: LogId?
    /// Declared after `requestId`, whose 17 bytes leave room for both before the next 8-byte boundary.
    public var source: Source
    /// What the record says about the invocation: true for a cold start, false for warm, nil when silent.
    public var coldStart: Bool?
    /// X-Ray trace root (`Root=` part) of `xray_trace_id`, EMF `traceId` or Insights `trace_id`; nil for Datadog.
    public var traceId: LogId?
    /// `function_name` in any spelling docs/FORMATS.md §7 lists (Datadog: a tag); nil when the log has none.
    public var functionName: String?
    private var memorySize = NarrowOptionalInt(nil)
    private var initDuration = NarrowOptionalDouble(nil)
    /// Module name → microseconds: the study's `timings` object or EMF `module_load_*` metrics.
    public var moduleTimingsMicroseconds = ModuleTimes()

    /// Configured memory (MB): Powertools `function_memory_size` or Insights `total_memory`; nil from EMF and
    /// Datadog.
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
    /// Module name: a `timings` key, an EMF metric name without `module_load_`, or a top-level import-tree module.
    public var name: String
    /// The time the log gives the module (µs): its import, or a step such as `boto3_client`; for an import-tree
    /// module, its cumulative time.
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
    /// The module names in logged order, one per time; consecutive logs may share one array (``sharingNames(with:)``).
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

    /// Always 0.
    public var startIndex: Int { 0 }
    /// The number of module times.
    public var endIndex: Int { names.count }
    /// The module time at `position`, in logged order. O(1).
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
    /// First column: the module's own import time (µs), its children's excluded; 0 in the header.
    public var selfMicroseconds: Double
    /// Second column: the module's import time (µs) including the modules it imported; 0 in the header.
    public var cumulativeMicroseconds: Double
    /// Nesting level: two spaces per level before the name.
    public var depth: Int
    /// Dotted module name without its indentation (`botocore.session`); empty in the header.
    public var module: String
}

/// One Lambda invocation seen in an X-Ray trace: the `AWS::Lambda` segment and the phases of its
/// `AWS::Lambda::Function` segment (docs/FORMATS.md §8). Durations are (end − start) × 1000.
public struct TraceRecord: Sendable {
    /// The trace's `Id`, else a segment's `trace_id`; nil when neither gives one.
    public var traceId: LogId?
    /// `aws.request_id` of the `AWS::Lambda` segment; nil without one (the trace then joins by trace id).
    public var requestId: LogId?
    /// The service segment's `name`, else the function segment's `name`, else the name in its `aws.function_arn`.
    public var functionName: String?
    /// Only the condensed export carries memory (from its wrapper).
    public var memorySizeMegabytes: Int?
    /// `AWS::Lambda` segment start and end, epoch seconds.
    public var startSeconds: Double?
    /// `AWS::Lambda` segment end (epoch seconds), a trace-only invocation's completion; nil without that segment.
    public var endSeconds: Double?
    /// The `id` of the segment the record was built from (the service's, else the function's): with the
    /// trace id it identifies a segment another copy of the export holds too.
    public var segmentId: String?
    /// `Initialization` subsegment (ms; nil without it): the Init phase, and a trace-only invocation's Init Duration.
    public var initializationMilliseconds: Double?
    /// `Invocation` subsegment (ms; nil without it): the handler's run, and a trace-only invocation's Duration.
    public var invocationMilliseconds: Double?
    /// `Overhead` subsegment (ms; nil without it): Lambda's work after the function returned its response.
    public var overheadMilliseconds: Double?
    /// `Restore` subsegment (ms; nil without it): a SnapStart restore, and a trace-only invocation's Restore
    /// Duration.
    public var restoreMilliseconds: Double?
    /// Where the trace was read: the line of its document (raw segment documents: of the trace's first segment).
    public var location: SourceLocation
    /// Segments of Lambda origin counted as events for this record (all on a trace's first record).
    public var segmentEvents = 0

    /// The service segment's duration: what the caller waited, end to end.
    public var endToEndMilliseconds: Double? {
        guard let s = startSeconds, let e = endSeconds else { return nil }
        return (e - s) * 1000
    }
}
