/// Drops platform records that overlapping exports hold more than once (docs/FORMATS.md pitfall 21).
///
/// Keys: the request id and record kind for START and END, and for REPORT with its Duration and Init
/// Duration (two REPORTs of one request id with other numbers are both kept and reported as a conflict); (stream, time, kind) for
/// INIT_START, INIT_REPORT and RESTORE_*; and for an INIT_START without a time, the same runtime
/// right after an INIT_START in the same file (a console copy pasted in two spacings).
/// The first copy is kept; it takes the time and stream of a later copy when it had none.
/// Keys are digested when each event is recorded (``keys(of:)``, on the core reading its file); the pass
/// itself is sequential. O(n).
struct Deduplicator {
    /// What the pass needs to know of one event, computed when the event is recorded.
    struct EventKeys: Sendable {
        /// The digest of the event's duplicate key, or nil when duplicates of it are not recognised by key.
        var duplicate: KeyDigest? {
            get { duplicateDigest == Self.none ? nil : duplicateDigest }
            set { duplicateDigest = newValue ?? Self.none }
        }
        /// For a REPORT, the digest of its request id alone (to notice conflicting REPORTs).
        var reportRequest: KeyDigest? {
            get { reportRequestDigest == Self.none ? nil : reportRequestDigest }
            set { reportRequestDigest = newValue ?? Self.none }
        }
        // Stored without optionals (32 bytes, not 48, for each of millions of events): a digest of 0 stands for
        // nil, and a real key digests to 0 with probability 2⁻¹²⁸.
        private var duplicateDigest = none, reportRequestDigest = none
        private static let none = KeyDigest(high: 0, low: 0)
    }

    private enum Key: Hashable {
        case request(kind: UInt8, id: LogId)
        /// A REPORT: the same request id with other numbers is a conflict, not a duplicate.
        case report(id: LogId, durationBits: UInt64?, initBits: UInt64?)
        case timed(kind: UInt8, stream: String, milliseconds: Int64)
        case named(kind: UInt8, stream: String, milliseconds: Int64, name: String)
        /// An event without a key of its own (INIT_*, RESTORE_*, app log, import time or failure line without
        /// a time): the `ordinal`-th such event after (or before) a request id of its file, or its file's content.
        case anchored(kind: UInt8, requestId: LogId, anchorKind: UInt8, after: Bool, ordinal: Int)
        case appLog(
            stream: String, milliseconds: Int64, source: AppLogRecord.Source, requestId: LogId?, coldStart: Bool?,
            modules: Int)
    }

    private var firstIndex: [KeyDigest: Int32] = [:]
    private(set) var duplicatesByKind = EventAccounting()
    private var reportLocation: [KeyDigest: SourceLocation] = [:]
    /// REPORTs sharing a request id with different numbers: both kept, each pair noted here.
    private(set) var conflicts: [(first: SourceLocation, second: SourceLocation, requestId: LogId)] = []
    /// Kept events that took a stream or log group from a later copy (their environment changes).
    private(set) var restreamed: [Int] = []

    /// Makes room for `keyed` events with a duplicate key and `reports` REPORTs, so the key tables are not
    /// rehashed while they are added. O(keyed).
    mutating func reserveCapacity(keyed: Int, reports: Int) {
        firstIndex.reserveCapacity(keyed)
        reportLocation.reserveCapacity(reports)
    }

    /// Appends `ref` to `kept` unless its event duplicates an earlier one; a duplicate fills in the
    /// time and stream the kept copy lacks (in `files`).
    mutating func add(_ ref: EventRef, keys: EventKeys, files: inout [FileIngest], kept: inout [EventRef]) {
        let (f, n) = (Int(ref.file), Int(ref.index))
        if let key = keys.duplicate {
            // One hash lookup: the slot is claimed for this event unless an earlier one holds it.
            if let i = Self.claim(&firstIndex[key, default: -1], Int32(kept.count)) {
                duplicate(files[f].events[n], of: Int(i), kept: kept, files: &files)
                return
            }
            if let request = keys.reportRequest {
                let location = files[f].events[n].location
                if let first = reportLocation[request] {
                    guard case .report(let r) = files[f].events[n].record else { preconditionFailure("a REPORT key") }
                    conflicts.append((first, location, r.requestId))
                } else {
                    reportLocation[request] = location
                }
            }
        } else if files[f].events[n].timestampMilliseconds == nil, case .initStart(let fields) = files[f].events[n].record,
            let last = kept.last, files[Int(last.file)].fileIndex == files[f].fileIndex,
            case .initStart(let previous) = files[Int(last.file)].events[Int(last.index)].record, previous == fields
        {
            duplicate(files[f].events[n], of: kept.count - 1, kept: kept, files: &files)
            return
        }
        kept.append(ref)
    }

    /// Stores `index` in an empty (`-1`) slot and returns nil, or returns the index already there.
    private static func claim(_ slot: inout Int32, _ index: Int32) -> Int32? {
        guard slot < 0 else { return slot }
        slot = index
        return nil
    }

    private mutating func duplicate(_ event: PlatformEvent, of i: Int, kept: [EventRef], files: inout [FileIngest]) {
        duplicatesByKind.countRecord(event.record)
        let ref = kept[i]
        let (f, n) = (Int(ref.file), Int(ref.index))
        if files[f].events[n].timestampMilliseconds == nil {
            files[f].events[n].timestampMilliseconds = event.timestampMilliseconds
        }
        var moved = false
        if files[f].events[n].logStream == nil, event.logStream != nil {
            files[f].events[n].logStream = event.logStream
            moved = true
        }
        if files[f].events[n].logGroup == nil, event.logGroup != nil {
            files[f].events[n].logGroup = event.logGroup
            moved = true
        }
        if moved { restreamed.append(i) }
    }

    /// The keys of `e`. Pure, so callers may compute them for many events in parallel. O(key size).
    static func keys(of e: PlatformEvent) -> EventKeys {
        if let keys = packedKeys(of: e) { return keys }
        guard let key = key(e) else { return EventKeys() }
        var keys = EventKeys()
        keys.duplicate = KeyDigest(key)
        if case .report(let r) = e.record { keys.reportRequest = KeyDigest(Key.request(kind: 0, id: r.requestId)) }
        return keys
    }

    /// ``keys(of:)`` of a START, END or REPORT whose request id is packed (nearly all), digested from the id's
    /// words (``KeyDigest/init(tag:high:low:)``) rather than hashed: the same key gives the same digest, as
    /// every event reaches its keys here. The tag holds the key's case, kind and id shape; a REPORT's numbers
    /// are folded in by a bijection of each, so REPORTs that differ in them differ in digest. O(1).
    private static func packedKeys(of e: PlatformEvent) -> EventKeys? {
        let (kind, id): (UInt64, LogId)
        switch e.record {
        case .start(let requestId): (kind, id) = (1, requestId)
        case .end(let requestId): (kind, id) = (2, requestId)
        case .report(let r): (kind, id) = (0, r.requestId)
        default: return nil
        }
        guard let words = id.packedWords else { return nil }
        let shape = UInt64(words.shape) << 8
        var keys = EventKeys()
        guard case .report(let r) = e.record else {
            keys.duplicate = KeyDigest(tag: 1 << 16 | shape | kind, high: words.high, low: words.low)
            return keys
        }
        keys.reportRequest = KeyDigest(tag: 1 << 16 | shape | kind, high: words.high, low: words.low)
        let duration = r.durationMilliseconds?.bitPattern, initDuration = r.initDurationMilliseconds?.bitPattern
        let present = (duration == nil ? 0 : 1 << 4) | (initDuration == nil ? 0 : 1 << 5) as UInt64
        keys.duplicate = KeyDigest(
            tag: 2 << 16 | shape | present, high: words.high ^ KeyDigest.mix(duration ?? 0),
            low: words.low ^ KeyDigest.mix(initDuration ?? 0))
        return keys
    }

    /// The kind an event without a key of its own is anchored as, or nil for events that are not. O(1).
    static func anchoredKind(of record: PlatformRecord) -> UInt8? {
        switch record {
        case .initStart: 3
        case .initReport: 4
        case .restoreStart: 5
        case .restoreReport: 6
        case .appLog: 7
        case .importTime: 8
        case .failureMarker: 9
        default: nil
        }
    }

    /// The keys of an event of anchored `kind` (``anchoredKind(of:)``), as the `ordinal`-th such event after
    /// (`after`) or before the record of `requestId` (of `anchorKind`) in its file: two copies of a file give
    /// the same keys. O(1).
    static func anchoredKeys(kind: UInt8, requestId: LogId, anchorKind: UInt8, after: Bool, ordinal: Int) -> EventKeys {
        var keys = EventKeys()
        keys.duplicate = KeyDigest(
            Key.anchored(kind: kind, requestId: requestId, anchorKind: anchorKind, after: after, ordinal: ordinal))
        return keys
    }

    private static func key(_ e: PlatformEvent) -> Key? {
        switch e.record {
        case .report(let r):
            return .report(
                id: r.requestId, durationBits: r.durationMilliseconds?.bitPattern,
                initBits: r.initDurationMilliseconds?.bitPattern)
        case .start(let id): return .request(kind: 1, id: id)
        case .end(let id): return .request(kind: 2, id: id)
        case .initStart: return timed(3, e)
        case .initReport: return timed(4, e)
        case .restoreStart: return timed(5, e)
        case .restoreReport: return timed(6, e)
        case .failureMarker: return nil
        case .appLog(let a):
            guard let ms = e.timestampMilliseconds else { return nil }
            return .appLog(
                stream: e.logStream ?? "", milliseconds: ms, source: a.source, requestId: a.requestId,
                coldStart: a.coldStart, modules: a.moduleTimingsMicroseconds.count)
        case .importTime(let line):
            guard let ms = e.timestampMilliseconds else { return nil }
            return .named(kind: 8, stream: e.logStream ?? "", milliseconds: ms, name: line.isHeader ? "" : line.module)
        }
    }

    private static func timed(_ kind: UInt8, _ e: PlatformEvent) -> Key? {
        guard let ms = e.timestampMilliseconds else { return nil }
        return .timed(kind: kind, stream: e.logStream ?? "", milliseconds: ms)
    }
}

extension Deduplicator.EventKeys {
    /// Appends the 64-bit hashes of these keys (the duplicate key, a REPORT's request id) to `hashes`: equal
    /// hashes in two places mean a duplicate, a conflict or a collision (``StreamingBuilder``). O(1).
    func appendHashes(to hashes: inout [UInt64]) {
        if let key = duplicate { hashes.append(key.low) }
        if let request = reportRequest { hashes.append(request.low) }
    }
}
