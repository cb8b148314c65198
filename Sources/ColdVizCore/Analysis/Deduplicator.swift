/// Drops platform records that overlapping exports hold more than once (FORMATS.md pitfall 21).
///
/// Keys: the request id and record kind for START and END, and for REPORT with its Duration and Init
/// Duration (two REPORTs of one request id with other numbers are both kept and reported as a conflict); (stream, time, kind) for
/// INIT_START, INIT_REPORT and RESTORE_*; and for an INIT_START without a time, the same runtime
/// right after an INIT_START in the same file (a console copy pasted in two spacings).
/// The first copy is kept; it takes the time and stream of a later copy when it had none. O(n).
struct Deduplicator {
    private enum Key: Hashable {
        case request(kind: UInt8, id: String)
        /// A REPORT: the same request id with other numbers is a conflict, not a duplicate.
        case report(id: String, durationBits: UInt64?, initBits: UInt64?)
        case timed(kind: UInt8, stream: String, milliseconds: Int64)
        case named(kind: UInt8, stream: String, milliseconds: Int64, name: String)
    }

    private var firstIndex: [Key: Int] = [:]
    private(set) var duplicates = 0
    private(set) var duplicatesByKind = EventAccounting()
    private var reportLocation: [String: SourceLocation] = [:]
    /// REPORTs sharing a request id with different numbers: both kept, each pair noted here.
    private(set) var conflicts: [(first: SourceLocation, second: SourceLocation, requestId: String)] = []

    /// Makes room for `count` events, so the key table is not rehashed while they are added. O(count).
    mutating func reserveCapacity(_ count: Int) {
        firstIndex.reserveCapacity(count)
    }

    /// Appends `event` to `kept` unless it duplicates an earlier one.
    mutating func add(_ event: PlatformEvent, to kept: inout [PlatformEvent]) {
        if let key = key(event) {
            // One hash lookup: the slot is claimed for this event unless an earlier one holds it.
            if let i = Self.claim(&firstIndex[key, default: -1], kept.count) {
                duplicate(event, of: i, in: &kept)
                return
            }
            if case .report(let r) = event.record {
                if let first = reportLocation[r.requestId] {
                    conflicts.append((first, event.location, r.requestId))
                } else {
                    reportLocation[r.requestId] = event.location
                }
            }
        } else if case .initStart(let fields) = event.record, event.timestampMilliseconds == nil,
            let last = kept.last, last.location.fileIndex == event.location.fileIndex,
            case .initStart(let previous) = last.record, previous == fields
        {
            duplicate(event, of: kept.count - 1, in: &kept)
            return
        }
        kept.append(event)
    }

    /// Stores `index` in an empty (`-1`) slot and returns nil, or returns the index already there.
    private static func claim(_ slot: inout Int, _ index: Int) -> Int? {
        guard slot < 0 else { return slot }
        slot = index
        return nil
    }

    private mutating func duplicate(_ event: PlatformEvent, of i: Int, in kept: inout [PlatformEvent]) {
        duplicates += 1
        duplicatesByKind.countRecord(event.record)
        if kept[i].timestampMilliseconds == nil { kept[i].timestampMilliseconds = event.timestampMilliseconds }
        if kept[i].logStream == nil { kept[i].logStream = event.logStream }
        if kept[i].logGroup == nil { kept[i].logGroup = event.logGroup }
    }

    private func key(_ e: PlatformEvent) -> Key? {
        switch e.record {
        case .report(let r):
            return .report(
                id: r.requestId, durationBits: r.durationMilliseconds?.bitPattern,
                initBits: r.initDurationMilliseconds?.bitPattern)
        case .start(let id, _): return .request(kind: 1, id: id)
        case .end(let id): return .request(kind: 2, id: id)
        case .initStart: return timed(3, e)
        case .initReport: return timed(4, e)
        case .restoreStart: return timed(5, e)
        case .restoreReport: return timed(6, e)
        case .failureMarker: return nil
        case .appLog(let a):
            guard let ms = e.timestampMilliseconds else { return nil }
            return .named(
                kind: 7, stream: e.logStream ?? "", milliseconds: ms,
                name:
                    "\(a.source.rawValue)|\(a.requestId ?? "")|\(a.coldStart.map { "\($0)" } ?? "")|\(a.moduleTimingsMicroseconds.count)"
            )
        case .importTime(let line):
            guard let ms = e.timestampMilliseconds else { return nil }
            return .named(kind: 8, stream: e.logStream ?? "", milliseconds: ms, name: line.isHeader ? "" : line.module)
        }
    }

    private func timed(_ kind: UInt8, _ e: PlatformEvent) -> Key? {
        guard let ms = e.timestampMilliseconds else { return nil }
        return .timed(kind: kind, stream: e.logStream ?? "", milliseconds: ms)
    }
}
