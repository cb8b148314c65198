import ColdVizStats

/// One row of coldviz's own record export (`export --format csv|jsonl`, or an Athena result with the same
/// columns) read back: an invocation with its category, or a failed init.
enum ExportedRecord: Sendable {
    case invocation(Invocation)
    case initFailure(InitFailure)

    /// The function the record names.
    var function: String {
        switch self {
        case .invocation(let inv): inv.functionNameFromData ?? Dimension.unknown
        case .initFailure(let f): f.functionNameFromData ?? Dimension.unknown
        }
    }

    /// A row read: the record, and the labels the export gave its function that the row's data does not
    /// give again (`method`, `architecture`; `memory` and `python` without Memory Size or runtime version;
    /// values other than `unknown`), which labelling the read-back invocations uses as a labels file.
    struct Row: Sendable {
        var record: ExportedRecord
        var labels: [Dimension: String]
    }

    /// The record of a row whose columns `cell` reads (nil or empty: no value), or why it is not one.
    /// `contexts` gives the invocation its names, shared with the rows before that had the same.
    static func parse(
        fileIndex: Int, line: Int, contexts: inout ExportContexts, _ cell: (ExportColumn) -> String?
    ) -> Result<Row, RowError> {
        func number(_ column: ExportColumn) throws(RowError) -> Double? {
            guard let text = cell(column) else { return nil }
            guard let v = Double(text), v.isFinite else {
                throw RowError("`\(column.name)` is `\(text)`, not a number")
            }
            return v
        }
        func integer(_ column: ExportColumn) throws(RowError) -> Int? {
            try number(column).map { v throws(RowError) -> Int in
                guard let i = Int(exactly: v) else { throw RowError("`\(column.name)` is \(v), not a whole number") }
                return i
            }
        }
        do throws(RowError) {
            guard let function = cell(.function) else { throw RowError("no `function`") }
            var time: Int64?
            if let text = cell(.timestamp) {
                time = Timestamp.parseMilliseconds(text)
                if time == nil { throw RowError("`timestamp` is `\(text)`, not a time") }
            }
            let location = SourceLocation(fileIndex: fileIndex, line: line)
            let runtime = cell(.runtimeVersion).flatMap { $0 == Dimension.unknown ? nil : $0 }
            // Labels the data of the row does not give again (memory from Memory Size, python from the runtime
            // version): those came from the function's name or a labels file, so they hold for the function.
            var labels: [Dimension: String] = [:]
            for (d, column) in [(Dimension.method, ExportColumn.method), (.architecture, .architecture)] {
                if let v = cell(column), v != Dimension.unknown { labels[d] = v }
            }
            if cell(.memorySize) == nil, let v = cell(.memory), v != Dimension.unknown { labels[.memory] = v }
            if runtime == nil, let v = cell(.python), v != Dimension.unknown { labels[.python] = v }
            switch cell(.record) {
            case "invocation":
                guard let id = cell(.requestId) else { throw RowError("an invocation without `request_id`") }
                guard let category = cell(.category).flatMap(StartCategory.init(rawValue:)) else {
                    throw RowError(
                        "`category` is `\(cell(.category) ?? "")`, not one of \(StartCategory.allCases.map(\.rawValue))")
                }
                var r = ReportFields(requestId: LogId(id))
                r.traceId = cell(.traceId).map { LogId($0) }
                r.durationMilliseconds = try number(.duration)
                r.billedDurationMilliseconds = try number(.billedDuration)
                r.initDurationMilliseconds = try number(.initDuration)
                r.restoreDurationMilliseconds = try number(.restoreDuration)
                r.billedRestoreDurationMilliseconds = try number(.billedRestoreDuration)
                r.memorySizeMegabytes = try integer(.memorySize)
                r.maxMemoryUsedMegabytes = try integer(.maxMemoryUsed)
                r.status = cell(.status)
                r.errorType = cell(.errorType)
                let context = contexts.context(
                    logGroup: cell(.logGroup), logStream: cell(.logStream), runtimeVersion: runtime, function: function)
                let invocation = Invocation(
                    report: r, category: category, completionMilliseconds: time, context: context, location: location)
                return .success(Row(record: .invocation(invocation), labels: labels))
            case "initFailure":
                var fields = InitReportFields()
                fields.durationMilliseconds = try number(.initDuration)
                fields.status = cell(.status)
                fields.errorType = cell(.errorType)
                fields.phase = "init"
                let failure = InitFailure(
                    fields: fields, timestampMilliseconds: time, logGroup: cell(.logGroup), logStream: cell(.logStream),
                    runtimeVersion: runtime, memorySizeMegabytes: try integer(.memorySize),
                    functionNameFromData: function, location: location)
                return .success(Row(record: .initFailure(failure), labels: labels))
            case let other:
                throw RowError("`record` is `\(other ?? "")`, not invocation or initFailure")
            }
        } catch {
            return .failure(error)
        }
    }

    /// Why a row is not a record.
    struct RowError: Error, Sendable {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// Removes the repeats among read-back invocations, keeping each first, and returns how many it removed.
    /// An invocation equal to an earlier one in its function, request id, time, category and REPORT fields is
    /// the same invocation exported twice (overlapping runs); rows that share a request id but not their
    /// numbers are both kept, as REPORTs are. O(n) but for runs of equal hashes; 8 bytes a row.
    static func removeRepeats(of invocations: inout [Invocation]) -> Int {
        removeRepeats(
            &invocations,
            hash: { inv in
                var h = Hasher()
                h.combine(inv.functionNameFromData)
                h.combine(inv.report.requestId)
                h.combine(inv.completionMilliseconds)
                return h.finalize()
            },
            same: { a, b in
                a.functionNameFromData == b.functionNameFromData && a.report == b.report
                    && a.completionMilliseconds == b.completionMilliseconds && a.category == b.category
            })
    }

    /// Removes the repeats among read-back failed inits (equal function, stream, time and status), keeping
    /// each first, and returns how many it removed.
    static func removeRepeats(of failures: inout [InitFailure]) -> Int {
        removeRepeats(
            &failures,
            hash: { f in
                var h = Hasher()
                h.combine(f.functionNameFromData)
                h.combine(f.logStream)
                h.combine(f.timestampMilliseconds)
                return h.finalize()
            },
            same: { a, b in
                a.functionNameFromData == b.functionNameFromData && a.logStream == b.logStream
                    && a.timestampMilliseconds == b.timestampMilliseconds && a.fields.status == b.fields.status
            })
    }

    /// Equal items are found by radix-sorting one 64-bit key per item, the hash's high bits above the item's
    /// index, and comparing the items of each run of equal high bits; the survivors keep their order.
    private static func removeRepeats<T>(_ items: inout [T], hash: (T) -> Int, same: (T, T) -> Bool) -> Int {
        guard items.count > 1 else { return 0 }
        let indexBits = UInt64(Int.bitWidth - (items.count - 1).leadingZeroBitCount)
        let indexMask: UInt64 = (1 << indexBits) - 1
        var keys = items.indices.map { i in (UInt64(bitPattern: Int64(hash(items[i]))) & ~indexMask) | UInt64(i) }
        RadixSort.sort(&keys)
        var repeated = [Bool](repeating: false, count: items.count)
        var runStart = 0
        for k in keys.indices {
            if k > 0, keys[k] & ~indexMask != keys[k - 1] & ~indexMask { runStart = k }
            // Within a run the indices ascend: the first item equal to this one keeps it.
            let item = Int(keys[k] & indexMask)
            for j in runStart..<k {
                let earlier = Int(keys[j] & indexMask)
                if !repeated[earlier] && same(items[earlier], items[item]) {
                    repeated[item] = true
                    break
                }
            }
        }
        keys = []
        var kept = 0
        for i in items.indices where !repeated[i] {
            if kept != i { items.swapAt(kept, i) }
            kept += 1
        }
        let removed = items.count - kept
        items.removeLast(removed)
        return removed
    }
}
