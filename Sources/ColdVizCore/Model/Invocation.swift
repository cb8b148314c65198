/// How an invocation started (docs/FORMATS.md §2.9).
public enum StartCategory: String, Sendable, Codable, CaseIterable {
    /// The REPORT carries Init Duration: the request waited for an on-demand Init phase.
    case cold
    /// Init ran inside the invocation after a failed init, timeout or crash (no Init Duration; the
    /// init time is hidden in Duration).
    case suppressedInit
    /// A SnapStart restore (Restore Duration).
    case restore
    /// The environment was already initialised.
    case warm
    /// The REPORT carries Init Duration, but the Init phase ended well before the request started (Lambda
    /// initialised the environment ahead of demand): no request waited for it, so it is not a cold start.
    case proactive
    /// The first request of an environment initialised for provisioned concurrency
    /// (`initializationType: provisioned-concurrency`): not a cold start either.
    case provisioned

    /// Whether a request waited for an Init phase (the cold starts of the cold-start rate).
    public var isColdStart: Bool { self == .cold }
    /// Whether the environment was initialised before any request came (proactive or provisioned).
    public var isPreinitialised: Bool { self == .proactive || self == .provisioned }
}

/// One invocation: a REPORT with the context of its execution environment.
///
/// Millions are kept at once, so its fields are stored flat and narrow (96 bytes, not the 160 of a
/// ``ReportFields`` and an ``Explanation`` side by side): ids as their 16 packed bytes, the optional times
/// as ``NarrowOptionalDouble``, memory sizes and the application-log count in 16 bits, the names its
/// environment gives every invocation shared (``InvocationContext``), and in one reference either a cold
/// start's module times or what few invocations have (text ids, a status, a trace, values too large for
/// the narrow fields).
public struct Invocation: Sendable {
    // Defaults only so that `init` can call `store` and the `location` setter, which set them.
    private var requestHigh: UInt64 = 0
    private var requestLow: UInt64 = 0
    private var traceHigh: UInt64 = 0
    private var traceLow: UInt64 = 0
    private var duration = NarrowOptionalDouble(nil)
    private var billedDuration = NarrowOptionalDouble(nil)
    private var initDuration = NarrowOptionalDouble(nil)
    private var completion: NarrowOptionalInt
    private var place: UInt64 = 0
    private var context: InvocationContext
    /// The logged module times, or the extras (which then hold the module times): one reference.
    private var attachment = InvocationAttachment.none
    private var memorySize: UInt16 = 0
    private var maxMemoryUsed: UInt16 = 0
    private var appLogCount: UInt16 = 0
    private var flags = InvocationFlags()

    /// The REPORT's fields.
    public var report: ReportFields {
        get {
            ReportFields(
                requestId: flags.requestShape == InvocationFlags.textShape
                    ? extras!.values.requestId! : LogId(shape: flags.requestShape, high: requestHigh, low: requestLow),
                traceId: traceId, duration: duration, billedDuration: billedDuration, initDuration: initDuration,
                memorySizeMegabytes: Self.wide(memorySize, extras?.values.memorySize),
                maxMemoryUsedMegabytes: Self.wide(maxMemoryUsed, extras?.values.maxMemoryUsed), rare: extras?.values.rare)
        }
        set { store(newValue) }
    }

    /// The REPORT's Init Duration, read without building ``report``.
    var initDurationMilliseconds: Double? { initDuration.value }
    /// The REPORT's Duration, read without building ``report``.
    var durationMilliseconds: Double? { duration.value }
    /// The REPORT's Billed Duration, read without building ``report``.
    var billedDurationMilliseconds: Double? { billedDuration.value }
    /// The REPORT's Memory Size, read without building ``report``.
    var memorySizeMegabytes: Int? { Self.wide(memorySize, extras?.values.memorySize) }
    /// The REPORT's Billed Restore Duration (SnapStart), read without building ``report``.
    var billedRestoreDurationMilliseconds: Double? { extras?.values.rare?.billedRestoreDuration }

    /// How the invocation started.
    public var category: StartCategory {
        get { flags.category }
        set { flags.category = newValue }
    }

    /// Where the invocation comes from.
    public var source: InvocationSource {
        get { flags.source }
        set { flags.source = newValue }
    }

    /// What traces, application logs and import trees say about the invocation.
    public var explanation: Explanation {
        get {
            Explanation(
                traced: extras?.values.traced, loggedModuleTimes: moduleTimes,
                appLogCount: appLogCount == Self.widened ? extras!.values.appLogCount! : Int32(appLogCount),
                startFlags: flags.startFlags)
        }
        set {
            flags.startFlags = newValue.startFlags
            var appLogs: Int32?
            if let narrow = UInt16(exactly: newValue.appLogCount), narrow < Self.widened {
                appLogCount = narrow
            } else {
                appLogCount = Self.widened
                appLogs = newValue.appLogCount
            }
            attachment.update {
                $0.appLogCount = appLogs
                $0.traced = newValue.traced
                $0.moduleTimes = newValue.loggedModuleTimes
            }
        }
    }

    /// The log group the data names.
    public var logGroup: String? { context.logGroup }
    /// The log stream (execution environment) the data names.
    public var logStream: String? { context.logStream }
    /// Runtime version from the environment's INIT_START (`python:3.12.v23`).
    public var runtimeVersion: String? { context.runtimeVersion }
    /// The function name the data gives (log group, stream, JSON initStart), before file-name hints.
    public var functionNameFromData: String? { context.functionNameFromData }
    /// The function version its environment's INIT_START names (JSON log format only).
    public var functionVersion: String? { context.functionVersion }

    /// REPORT event time (epoch ms): when the invocation completed.
    public var completionMilliseconds: Int64? {
        get { completion.value }
        set { completion = NarrowOptionalInt(newValue) }
    }

    /// Where the REPORT was read.
    public var location: SourceLocation {
        get {
            place == Self.placeInExtras
                ? extras!.values.location!
                : SourceLocation(fileIndex: Int(place >> Self.lineBits), line: Int(place & (1 << Self.lineBits - 1)))
        }
        set {
            var wide: SourceLocation?
            if newValue.fileIndex >= 0, newValue.fileIndex < 1 << (64 - Self.lineBits) - 1, newValue.line >= 0,
                newValue.line < 1 << Self.lineBits
            {
                place = UInt64(newValue.fileIndex) << Self.lineBits | UInt64(newValue.line)
            } else {
                place = Self.placeInExtras
                wide = newValue
            }
            attachment.update { $0.location = wide }
        }
    }

    /// An invocation of `report`, started as `category`, with its environment's context.
    init(
        report: ReportFields, category: StartCategory, completionMilliseconds: Int64?, logGroup: String?,
        logStream: String?, runtimeVersion: String?, functionNameFromData: String?, location: SourceLocation
    ) {
        self.init(
            report: report, category: category, completionMilliseconds: completionMilliseconds,
            context: InvocationContext(
                logGroup: logGroup, logStream: logStream, runtimeVersion: runtimeVersion,
                functionNameFromData: functionNameFromData),
            location: location)
    }

    /// An invocation of `report`, started as `category`, in `context` (shared with others).
    init(
        report: ReportFields, category: StartCategory, completionMilliseconds: Int64?, context: InvocationContext,
        location: SourceLocation
    ) {
        completion = NarrowOptionalInt(completionMilliseconds)
        self.context = context
        store(report)
        flags.category = category
        self.location = location
    }

    /// Calls `body` with the name and time (µs) of each of the explanation's ``Explanation/moduleTimesMicroseconds``,
    /// in order, read in place: no explanation and no array built. O(modules), O(tree nodes) for an import tree.
    func forEachModuleTime(_ body: (String, Double) -> Void) {
        Explanation.forEachModuleTime(logged: moduleTimes, importTree: importTree, body)
    }

    /// The explanation's ``Explanation/importTree``, read without building the explanation.
    var importTree: ImportTree? { extras?.values.traced?.importTree }

    // MARK: Storage

    private var extras: InvocationExtras? { attachment.extras }
    private var moduleTimes: CompactModuleTimes? { attachment.moduleTimes }

    /// Bits of ``place`` that hold the line (the file index has the others).
    private static let lineBits: UInt64 = 40
    /// ``place`` when the location is too large for it and is in ``extras``.
    private static let placeInExtras = UInt64.max
    /// A 16-bit field's value when the value is in ``extras``; `UInt16.max` means nil.
    private static let widened: UInt16 = .max - 1

    /// The trace id, from the packed words or the extras.
    private var traceId: LogId? {
        switch flags.traceShape {
        case 0: nil
        case InvocationFlags.textShape: extras!.values.traceId
        case let shape: LogId(shape: shape, high: traceHigh, low: traceLow)
        }
    }

    /// Stores `report`'s fields. O(1).
    private mutating func store(_ report: ReportFields) {
        duration = report.duration
        billedDuration = report.billedDuration
        initDuration = report.initDuration
        var textRequest: LogId?, textTrace: LogId?
        if let (shape, high, low) = report.requestId.packedWords {
            (flags.requestShape, requestHigh, requestLow) = (shape, high, low)
        } else {
            (flags.requestShape, requestHigh, requestLow) = (InvocationFlags.textShape, 0, 0)
            textRequest = report.requestId
        }
        if let trace = report.traceId {
            if let (shape, high, low) = trace.packedWords {
                (flags.traceShape, traceHigh, traceLow) = (shape, high, low)
            } else {
                (flags.traceShape, traceHigh, traceLow) = (InvocationFlags.textShape, 0, 0)
                textTrace = trace
            }
        } else {
            (flags.traceShape, traceHigh, traceLow) = (0, 0, 0)
        }
        let memory = Self.narrow(report.memorySizeMegabytes), maxMemory = Self.narrow(report.maxMemoryUsedMegabytes)
        (memorySize, maxMemoryUsed) = (memory.narrow, maxMemory.narrow)
        attachment.update {
            $0.requestId = textRequest
            $0.traceId = textTrace
            $0.memorySize = memory.wide
            $0.maxMemoryUsed = maxMemory.wide
            $0.rare = report.rare
        }
    }

    /// `value` in 16 bits, or ``widened`` and the value to keep in the extras.
    private static func narrow(_ value: Int?) -> (narrow: UInt16, wide: Int?) {
        guard let value else { return (.max, nil) }
        if let n = UInt16(exactly: value), n < widened { return (n, nil) }
        return (widened, value)
    }

    /// The value a 16-bit field stands for, given the extras' value.
    private static func wide(_ narrow: UInt16, _ wide: Int?) -> Int? {
        switch narrow {
        case .max: nil
        case widened: wide
        default: Int(narrow)
        }
    }
}

/// An invocation's small fields in 16 bits.
private struct InvocationFlags: Sendable {
    /// A shape (``LogId/packedWords``) meaning the id is text, kept in the extras.
    static let textShape: UInt8 = 3
    private var bits: UInt16 = 0

    /// Shape of the request id: 1 UUID, 2 trace root, 3 text.
    var requestShape: UInt8 {
        get { field(0, 2) }
        set { set(0, 2, newValue) }
    }
    /// Shape of the trace id: 0 none, else as ``requestShape``.
    var traceShape: UInt8 {
        get { field(2, 2) }
        set { set(2, 2, newValue) }
    }
    var category: StartCategory {
        get { StartCategory.allCases[Int(field(4, 3))] }
        set { set(4, 3, UInt8(StartCategory.allCases.firstIndex(of: newValue)!)) }
    }
    var source: InvocationSource {
        get { field(7, 1) == 0 ? .report : .trace }
        set { set(7, 1, newValue == .report ? 0 : 1) }
    }
    /// ``Explanation``'s start flags.
    var startFlags: UInt8 {
        get { field(8, 2) }
        set { set(8, 2, newValue) }
    }

    private func field(_ shift: UInt16, _ width: UInt16) -> UInt8 { UInt8((bits >> shift) & (1 << width - 1)) }

    private mutating func set(_ shift: UInt16, _ width: UInt16, _ value: UInt8) {
        let mask: UInt16 = (1 << width - 1) << shift
        bits = bits & ~mask | (UInt16(value) << shift) & mask
    }
}

/// What few invocations have, out of line: ids that are not UUIDs or trace roots, a status or error, a
/// trace or import tree, values too large for the narrow fields (and then the module times too).
/// Immutable: a change makes a new one.
final class InvocationExtras: Sendable {
    struct Values {
        var requestId: LogId?
        var traceId: LogId?
        var memorySize: Int?
        var maxMemoryUsed: Int?
        var appLogCount: Int32?
        var location: SourceLocation?
        var rare: RareReportFields?
        var traced: Traced?
        var moduleTimes: CompactModuleTimes?
        /// Whether nothing but the module times (which need no extras) is held.
        var holdsOnlyModuleTimes: Bool {
            requestId == nil && traceId == nil && memorySize == nil && maxMemoryUsed == nil && appLogCount == nil
                && location == nil && rare == nil && traced == nil
        }
    }
    let values: Values

    init(_ values: Values) { self.values = values }
}

/// An invocation's one out-of-line reference: its module times alone (a cold start's), or extras.
private enum InvocationAttachment: Sendable {
    case none
    case moduleTimes(CompactModuleTimes)
    case extras(InvocationExtras)

    var extras: InvocationExtras? {
        if case .extras(let e) = self { return e }
        return nil
    }

    var moduleTimes: CompactModuleTimes? {
        switch self {
        case .none: nil
        case .moduleTimes(let m): m
        case .extras(let e): e.values.moduleTimes
        }
    }

    /// Applies `change` to the values held (none when nil), keeping extras only when more than module
    /// times are left. O(1).
    mutating func update(_ change: (inout InvocationExtras.Values) -> Void) {
        var values = InvocationExtras.Values()
        switch self {
        case .none: break
        case .moduleTimes(let m): values.moduleTimes = m
        case .extras(let e): values = e.values
        }
        change(&values)
        if !values.holdsOnlyModuleTimes {
            self = .extras(InvocationExtras(values))
        } else {
            self = values.moduleTimes.map { .moduleTimes($0) } ?? .none
        }
    }
}

/// The names an execution environment gives each of its invocations, shared by them. Immutable.
///
/// A burst keeps a million, one per environment: the names environments mostly share (log group, runtime
/// version, function) are one shared reference (``InvocationNames``) and the stream name is packed
/// (``PackedLogStream``): 64 bytes with the object, not 96 for the object and 96 for the stream's string.
final class InvocationContext: Sendable {
    private let names: InvocationNames
    private let packedStream: PackedLogStream?

    var logGroup: String? { names.logGroup }
    var runtimeVersion: String? { names.runtimeVersion }
    var functionNameFromData: String? { names.functionNameFromData }
    var functionVersion: String? { names.functionVersion }
    /// The log stream (execution environment) the data names. O(length): a packed name makes its string.
    var logStream: String? { packedStream?.text }

    /// A context of these names (`names` shared with other contexts).
    init(names: InvocationNames, logStream: String?) {
        self.names = names
        packedStream = logStream.map(PackedLogStream.init)
    }

    convenience init(logGroup: String?, logStream: String?, runtimeVersion: String?, functionNameFromData: String?) {
        self.init(
            names: InvocationNames(
                logGroup: logGroup, runtimeVersion: runtimeVersion, functionNameFromData: functionNameFromData),
            logStream: logStream)
    }

    /// Whether this context holds exactly these names. O(length of the names).
    func holds(
        logGroup: String?, logStream: String?, runtimeVersion: String?, functionNameFromData: String?,
        functionVersion: String? = nil
    ) -> Bool {
        names.holds(
            logGroup: logGroup, runtimeVersion: runtimeVersion, functionNameFromData: functionNameFromData,
            functionVersion: functionVersion)
            && packedStream == logStream.map(PackedLogStream.init)
    }
}

/// The names of an ``InvocationContext`` that environments mostly share. Immutable.
final class InvocationNames: Sendable {
    let logGroup: String?
    let runtimeVersion: String?
    let functionNameFromData: String?
    let functionVersion: String?

    init(logGroup: String?, runtimeVersion: String?, functionNameFromData: String?, functionVersion: String? = nil) {
        self.functionVersion = functionVersion
        self.logGroup = logGroup
        self.runtimeVersion = runtimeVersion
        self.functionNameFromData = functionNameFromData
    }

    /// Whether these are exactly the names given.
    func holds(
        logGroup: String?, runtimeVersion: String?, functionNameFromData: String?, functionVersion: String? = nil
    ) -> Bool {
        self.logGroup == logGroup && self.runtimeVersion == runtimeVersion
            && self.functionNameFromData == functionNameFromData && self.functionVersion == functionVersion
    }
}

/// An Init phase that failed (INIT_REPORT with status error or timeout).
public struct InitFailure: Sendable {
    /// The fields of the failed INIT_REPORT (status `error`, `timeout` or `failure`).
    public var fields: InitReportFields
    /// INIT_REPORT event time (epoch ms): when the failed Init phase ended; nil in renderings without time.
    public var timestampMilliseconds: Int64?
    /// The log group the data names; nil when it names none.
    public var logGroup: String?
    /// The log stream (execution environment) the data names; nil when it names none.
    public var logStream: String?
    /// Runtime version from the environment's INIT_START or RESTORE_START before it (`python:3.12.v23`); nil
    /// without one.
    public var runtimeVersion: String?
    /// Memory Size (MB) of the environment's first REPORT with one (an INIT_REPORT carries none); nil if none has.
    public var memorySizeMegabytes: Int?
    /// The function name the data gives (log group, stream, JSON initStart), before file-name hints.
    public var functionNameFromData: String?
    /// Where the INIT_REPORT was read.
    public var location: SourceLocation
}
