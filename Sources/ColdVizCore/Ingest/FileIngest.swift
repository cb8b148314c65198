/// Collects what one input file yields: platform events, the accounting of every event, located problems.
///
/// Every event read from a container must end in exactly one of ``record(_:meta:)``,
/// ``ignore(_:)`` or ``malformed(line:_:)`` (a CloudTrail event: ``consume(cloudTrail:line:)``): that is
/// what makes the totals reconcile.
public struct FileIngest: Sendable {
    /// Most problems kept per file; the rest are counted only.
    static let problemLimit = 50

    /// The file's index in the run's file list (``IngestResult/files``), put in every event's location.
    public let fileIndex: Int
    /// The file's path as the user named it (or found under a directory); problems and warnings name it.
    public let displayPath: String
    /// Platform events recorded, in file order, duplicates not yet removed; empty when ``walk`` walks them as read.
    public internal(set) var events: [PlatformEvent] = []
    /// For each of `events`, its duplicate keys and environment, digested when it is recorded (so on
    /// the core that reads the file, while the event is in cache).
    var digests: [EventDigest] = []
    /// The last digested stream: neighbours mostly share it (often the very same string).
    private var lastStream: (group: String?, stream: String, digest: KeyDigest)?
    /// The environment digest of the file's streamless events, once made.
    private var fileDigest: (index: Int, digest: KeyDigest)?
    /// The function name of the last application log that named one, and the module names of the last few
    /// distinct logs with module times (a Powertools log and an EMF blob name them differently): the next
    /// log usually repeats one of them, and then shares it instead of keeping a copy.
    private var lastAppLogNames: (function: String?, modules: [[String]]) = (nil, [])
    /// Anchors for events that have no duplicate key of their own (INIT_*, RESTORE_*, app logs, import
    /// times without a time, as console copies and `--log-type Tail` give them; failure lines): the last request id recorded, the untimed events since it, and those
    /// recorded before any request id (anchored to the next one, each at its ordinal before it).
    private var untimedAnchor: (requestId: LogId?, kind: UInt8, since: Int, waiting: [Waiting]) = (nil, 0, 0, [])
    /// An event waiting for a request id: its index once appended, its anchored kind, its ordinal before the id.
    private typealias Waiting = (index: Int, kind: UInt8, ordinal: Int)
    /// The record recorded last when it was an INIT_START: its fields, its keys, and its ordinal when it
    /// waits for a request id.
    private var lastInitStart: (fields: InitStartFields, keys: Deduplicator.EventKeys, waitingOrdinal: Int?)?
    /// Lambda invocations found in X-Ray traces.
    public internal(set) var traces: [TraceRecord] = []
    /// Deployments read from CloudTrail events, in file order (repeats are dropped when the dataset is built).
    var deployments: [CloudTrailDeployment] = []
    /// Invocations and failed inits of coldviz's own record export read back, in file order (repeats
    /// dropped when the dataset is built).
    var exportedInvocations: [Invocation] = []
    var exportedFailures: [InitFailure] = []
    /// Per function, the labels its exported rows gave it (``ExportedRecord/Row/labels``), first value kept.
    var exportLabels: [String: [Dimension: String]] = [:]
    /// Raw segment documents waiting for the rest of their trace, by trace id (assembled at the end).
    var pendingSegments: [String: [JSONObject]] = [:]
    var pendingSegmentOrder: [(traceId: String, line: Int)] = []
    /// Where each of the file's events went; duplicates are counted only when the dataset is built.
    public internal(set) var accounting = EventAccounting()
    /// Malformed events and file errors, located: at most 50 (``problemLimit``), the rest only counted.
    public internal(set) var problems: [InputProblem] = []
    /// Problems with the whole file (unreadable, truncated, undecodable) rather than one event.
    public internal(set) var fileErrors = 0
    /// Warnings that are not errors (e.g. Insights results that were not `Complete`).
    public internal(set) var warnings: [InputProblem] = []
    /// Whether structured application logs are parsed (``IngestOptions/readsApplicationLogs``).
    var readsApplicationLogs = true
    /// The ``NotUTF8Field``s already warned about in this file, one bit each.
    var notUTF8Warned: UInt8 = 0
    /// When set, events are walked as they are recorded instead of kept in ``events`` (``StreamingBuilder``).
    var walk: StreamingWalk?

    /// Creates an empty result for the file at `fileIndex`.
    public init(fileIndex: Int, displayPath: String) {
        self.fileIndex = fileIndex
        self.displayPath = displayPath
    }

    /// Makes room for the events of `byteCount` bytes of input when they are many (at least 1 MiB): one
    /// per 128 bytes, more than real exports hold (the arrays still grow past it if needed). Room never
    /// written is never touched, so it costs address space, not memory, and spares the copies of growing
    /// arrays. O(1).
    mutating func reserveEvents(forBytes byteCount: Int) {
        guard byteCount >= 1 << 20, walk == nil else { return }
        events.reserveCapacity(events.count + byteCount / 128)
        digests.reserveCapacity(digests.count + byteCount / 128)
    }

    /// Gives small files' event arrays back the room they grew but did not fill (up to half of it): an
    /// export tree holds hundreds of thousands of files of a dozen events each. Large arrays keep theirs:
    /// their unwritten room was never touched. O(events) for small files, O(1) otherwise.
    mutating func trimCapacity() {
        guard events.count < 4096, events.capacity - events.count > events.count / 4 else { return }
        events = events.withUnsafeBufferPointer { Array($0) }
        digests = digests.withUnsafeBufferPointer { Array($0) }
    }

    /// Keeps a platform record, or counts it malformed when a number it carries is implausible
    /// (``Plausibility``).
    mutating func record(_ record: PlatformRecord, meta: EventMeta) {
        if let problem = Plausibility.problem(in: record) {
            malformed(line: meta.line > 0 ? meta.line : nil, problem)
            return
        }
        accounting.events += 1
        accounting.countRecord(record)
        checkUTF8(of: record, line: meta.line)
        var event = PlatformEvent(
            record: record, timestampMilliseconds: meta.timestampMilliseconds, logGroup: meta.logGroup,
            logStream: meta.logStream,
            location: SourceLocation(fileIndex: fileIndex, line: meta.line))
        var digest = EventDigest(keys: Deduplicator.keys(of: event), environment: environmentDigest(of: event))
        anchorUntimed(event, keys: &digest.keys)
        if case .appLog(let log) = record, log.functionName != nil || !log.moduleTimingsMicroseconds.isEmpty {
            event.record = .appLog(sharingNames(log))
        }
        if walk != nil {
            walk!.feed(event, digest: digest)
        } else {
            events.append(event)
            digests.append(digest)
        }
    }

    /// Gives the event being recorded, when it has no duplicate key of its own, the key of its place beside
    /// a request id (in `keys`); a record with a request id anchors those waiting for one. O(1) amortised.
    private mutating func anchorUntimed(_ event: PlatformEvent, keys: inout Deduplicator.EventKeys) {
        if case .initStart(let fields) = event.record {
            anchorInitStart(event, fields, keys: &keys)
            return
        }
        lastInitStart = nil
        // The anchor is a request id and the kind of its record: the events after a START and after its END differ.
        let requestId: LogId, anchorKind: UInt8
        switch event.record {
        case .start(let id): (requestId, anchorKind) = (id, 1)
        case .end(let id): (requestId, anchorKind) = (id, 2)
        case .report(let r): (requestId, anchorKind) = (r.requestId, 3)
        case .initReport, .restoreStart, .restoreReport, .appLog, .importTime, .failureMarker:
            anchorKeyless(event, keys: &keys)
            return
        default:
            return
        }
        anchorWaiting(to: requestId, anchorKind: anchorKind)
        untimedAnchor = (requestId, anchorKind, 0, [])
    }

    /// ``anchorUntimed(_:keys:)`` for an INIT_START. An untimed one right after an INIT_START with the same
    /// fields is that line pasted twice (a console copy in two spacings): it takes the keys of the one
    /// before, so it is that one's duplicate in every copy of the file. O(1).
    private mutating func anchorInitStart(
        _ event: PlatformEvent, _ fields: InitStartFields, keys: inout Deduplicator.EventKeys
    ) {
        if keys.duplicate == nil, let previous = lastInitStart, previous.fields == fields {
            keys = previous.keys
            if let ordinal = previous.waitingOrdinal { untimedAnchor.waiting.append((digests.count, 3, ordinal)) }
        } else {
            anchorKeyless(event, keys: &keys)
        }
        lastInitStart = (fields, keys, keys.duplicate == nil ? untimedAnchor.waiting.last?.ordinal : nil)
    }

    /// Gives `event`, when it has no duplicate key of its own, the key of its ordinal after the last request
    /// id, or makes it wait for the next one. O(1).
    private mutating func anchorKeyless(_ event: PlatformEvent, keys: inout Deduplicator.EventKeys) {
        guard keys.duplicate == nil, let kind = Deduplicator.anchoredKind(of: event.record) else { return }
        guard let anchor = untimedAnchor.requestId else {
            // Its index once appended (a walked event has none: its key goes to the walk).
            untimedAnchor.waiting.append((digests.count, kind, (untimedAnchor.waiting.last?.ordinal ?? -1) + 1))
            return
        }
        untimedAnchor.since += 1
        keys = Deduplicator.anchoredKeys(
            kind: kind, requestId: anchor, anchorKind: untimedAnchor.kind, after: true, ordinal: untimedAnchor.since)
    }

    /// Anchors the events still waiting for a request id (a file without any) to the file's content:
    /// `contentId` is the same for identical copies read in one run. O(waiting).
    mutating func anchorWaitingUntimed(contentId: @autoclosure () -> LogId) {
        guard !untimedAnchor.waiting.isEmpty else { return }
        anchorWaiting(to: contentId(), anchorKind: 0)
        untimedAnchor.waiting = []
    }

    /// Gives each event waiting for an anchor the key of its place before `requestId`: in its digest, or,
    /// when events are walked as read, to the walk. O(waiting).
    private mutating func anchorWaiting(to requestId: LogId, anchorKind: UInt8) {
        for waiting in untimedAnchor.waiting {
            let keys = Deduplicator.anchoredKeys(
                kind: waiting.kind, requestId: requestId, anchorKind: anchorKind, after: false, ordinal: waiting.ordinal)
            if walk != nil { walk!.note(keys, toContent: anchorKind == 0) } else { digests[waiting.index].keys = keys }
        }
    }

    /// `log` with the function and module names of the previous such log when they are equal, and its module
    /// times without spare room. O(modules).
    private mutating func sharingNames(_ log: AppLogRecord) -> AppLogRecord {
        var log = log
        if let name = log.functionName, let last = lastAppLogNames.function, name == last { log.functionName = last }
        lastAppLogNames.function = log.functionName ?? lastAppLogNames.function
        guard !log.moduleTimingsMicroseconds.isEmpty else { return log }
        log.moduleTimingsMicroseconds.trimTimes()
        guard !lastAppLogNames.modules.contains(where: { log.moduleTimingsMicroseconds.sharingNames(with: $0) }) else {
            return log
        }
        // New to this file: trimmed, then shared with the other files of the run that name the same modules.
        log.moduleTimingsMicroseconds.trimNames()
        log.moduleTimingsMicroseconds.sharingNames(with: SharedModuleNames.shared.share(log.moduleTimingsMicroseconds.names))
        if lastAppLogNames.modules.count == 4 { lastAppLogNames.modules.removeFirst() }
        lastAppLogNames.modules.append(log.moduleTimingsMicroseconds.names)
        return log
    }

    /// The digest of the ``DatasetBuilder/EnvironmentKey`` of `event`; checks the UTF-8 of each new group and stream.
    private mutating func environmentDigest(of event: PlatformEvent) -> KeyDigest {
        guard let stream = event.logStream else {
            checkUTF8(event.logGroup, .logGroup, line: event.location.line)
            // Every streamless event of a file is in the same environment: digested once.
            if let fileDigest, fileDigest.index == event.location.fileIndex { return fileDigest.digest }
            let digest = KeyDigest(DatasetBuilder.EnvironmentKey(event))
            fileDigest = (event.location.fileIndex, digest)
            return digest
        }
        if let last = lastStream, last.stream == stream, last.group == event.logGroup { return last.digest }
        checkUTF8(event.logGroup, .logGroup, line: event.location.line)
        checkUTF8(stream, .logStream, line: event.location.line)
        let digest = KeyDigest(DatasetBuilder.EnvironmentKey(event))
        lastStream = (event.logGroup, stream, digest)
        return digest
    }

    /// Counts one X-Ray segment of Lambda origin.
    mutating func countTraceSegment() {
        accounting.events += 1
        accounting.traceSegments += 1
    }

    /// Keeps a row of a record export: an invocation (counted as a REPORT) or a failed init (an INIT_REPORT).
    mutating func consume(exported row: ExportedRecord.Row) {
        accounting.events += 1
        if !row.labels.isEmpty { exportLabels[row.record.function, default: [:]].merge(row.labels) { first, _ in first } }
        switch row.record {
        case .invocation(let inv):
            accounting.reports += 1
            exportedInvocations.append(inv)
        case .initFailure(let f):
            accounting.initReports += 1
            exportedFailures.append(f)
        }
    }

    /// Counts an event that was read and knowingly not used.
    mutating func ignore(_ reason: IgnoredReason) {
        accounting.events += 1
        accounting.countIgnored(reason)
    }

    /// Counts an event that could not be used, and keeps its location and cause.
    mutating func malformed(line: Int?, _ message: String) {
        accounting.events += 1
        accounting.malformed += 1
        note(line: line, message)
    }

    /// Records a problem with the file as a whole (no event is counted).
    mutating func fileError(line: Int?, _ message: String) {
        fileErrors += 1
        note(line: line, message)
    }

    /// Records a warning.
    mutating func warn(line: Int?, _ message: String) {
        if warnings.count < Self.problemLimit {
            warnings.append(InputProblem(file: displayPath, line: line, message: message))
        }
    }

    /// Appends what the next piece of the same file yielded (read by another reader), as if one reader
    /// had read both. Pending X-Ray segments are not joined: the pieces of text files have none. O(n).
    mutating func append(_ piece: FileIngest) {
        if walk != nil {
            for i in piece.events.indices { walk!.feed(piece.events[i], digest: piece.digests[i]) }
        } else {
            events.append(contentsOf: piece.events)
            digests.append(contentsOf: piece.digests)
        }
        traces.append(contentsOf: piece.traces)
        deployments.append(contentsOf: piece.deployments)
        exportedInvocations.append(contentsOf: piece.exportedInvocations)
        exportedFailures.append(contentsOf: piece.exportedFailures)
        exportLabels.merge(piece.exportLabels) { first, later in first.merging(later) { a, _ in a } }
        accounting.add(piece.accounting)
        problems.append(contentsOf: piece.problems.prefix(Self.problemLimit - problems.count))
        warnings.append(contentsOf: piece.warnings.prefix(Self.problemLimit - warnings.count))
        fileErrors += piece.fileErrors
    }

    private mutating func note(line: Int?, _ message: String) {
        if problems.count < Self.problemLimit {
            problems.append(InputProblem(file: displayPath, line: line, message: message))
        }
    }
}

/// Where and when an event was logged, as its container says.
struct EventMeta {
    var timestampMilliseconds: Int64?
    var logGroup: String?
    var logStream: String?
    /// 1-based line of the event in the file, 0 when unknown.
    var line: Int
    /// Set while reading Lambda emulator (RIE) output, whose platform lines are not AWS data.
    var isEmulator = false
}
