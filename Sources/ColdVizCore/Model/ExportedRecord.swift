/// One row of coldviz's own record export (`export --format csv|jsonl`, or an Athena result with the same
/// columns) read back: an invocation with its category, or a failed init, and the labels it was given.
struct ExportedRecord: Sendable {
    enum Kind: Sendable {
        case invocation(Invocation)
        case initFailure(InitFailure)
    }

    var kind: Kind
    /// The function and the labels the export gave it that its data does not give again (`method`,
    /// `architecture`; `memory` and `python` without Memory Size or runtime version; values other than
    /// `unknown`), which labelling the read-back invocations uses as a labels file.
    var function: String
    var labels: [Dimension: String]

    /// The record of a row whose columns `cell` reads (nil or empty: no value), or why it is not one.
    static func parse(fileIndex: Int, line: Int, _ cell: (String) -> String?) -> Result<ExportedRecord, RowError> {
        func number(_ column: String) throws(RowError) -> Double? {
            guard let text = cell(column) else { return nil }
            guard let v = Double(text), v.isFinite else { throw RowError("`\(column)` is `\(text)`, not a number") }
            return v
        }
        func integer(_ column: String) throws(RowError) -> Int? {
            try number(column).map { v throws(RowError) -> Int in
                guard let i = Int(exactly: v) else { throw RowError("`\(column)` is \(v), not a whole number") }
                return i
            }
        }
        do throws(RowError) {
            guard let function = cell("function") else { throw RowError("no `function`") }
            var time: Int64?
            if let text = cell("timestamp") {
                var t = text
                time = t.withUTF8 { Timestamp.parseMilliseconds(UnsafeRawBufferPointer($0)) }
                if time == nil { throw RowError("`timestamp` is `\(text)`, not a time") }
            }
            let location = SourceLocation(fileIndex: fileIndex, line: line)
            let runtime = cell("runtime_version").flatMap { $0 == Dimension.unknown ? nil : $0 }
            // Labels the data of the row does not give again (memory from Memory Size, python from the runtime
            // version): those came from the function's name or a labels file, so they hold for the function.
            var labels: [Dimension: String] = [:]
            var fromName = [Dimension.method, .architecture]
            if cell("memory_size_mb") == nil { fromName.append(.memory) }
            if runtime == nil { fromName.append(.python) }
            for d in fromName {
                if let v = cell(d.rawValue), v != Dimension.unknown { labels[d] = v }
            }
            switch cell("record") {
            case "invocation":
                guard let id = cell("request_id") else { throw RowError("an invocation without `request_id`") }
                guard let category = cell("category").flatMap(StartCategory.init(rawValue:)) else {
                    throw RowError(
                        "`category` is `\(cell("category") ?? "")`, not one of \(StartCategory.allCases.map(\.rawValue))")
                }
                var r = ReportFields(requestId: LogId(id))
                r.traceId = cell("trace_id").map { LogId($0) }
                r.durationMilliseconds = try number("duration_ms")
                r.billedDurationMilliseconds = try number("billed_duration_ms")
                r.initDurationMilliseconds = try number("init_duration_ms")
                r.restoreDurationMilliseconds = try number("restore_duration_ms")
                r.billedRestoreDurationMilliseconds = try number("billed_restore_duration_ms")
                r.memorySizeMegabytes = try integer("memory_size_mb")
                r.maxMemoryUsedMegabytes = try integer("max_memory_used_mb")
                r.status = cell("status")
                r.errorType = cell("error_type")
                let invocation = Invocation(
                    report: r, category: category, completionMilliseconds: time, logGroup: cell("log_group"),
                    logStream: cell("log_stream"), runtimeVersion: runtime, functionNameFromData: function, location: location)
                return .success(ExportedRecord(kind: .invocation(invocation), function: function, labels: labels))
            case "initFailure":
                var fields = InitReportFields()
                fields.durationMilliseconds = try number("init_duration_ms")
                fields.status = cell("status")
                fields.errorType = cell("error_type")
                fields.phase = "init"
                let failure = InitFailure(
                    fields: fields, timestampMilliseconds: time, logGroup: cell("log_group"), logStream: cell("log_stream"),
                    runtimeVersion: runtime, memorySizeMegabytes: try integer("memory_size_mb"),
                    functionNameFromData: function, location: location)
                return .success(ExportedRecord(kind: .initFailure(failure), function: function, labels: labels))
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

    /// The records once each, with how many repeats were dropped: a row equal to an earlier one in its
    /// function, request id, time, category and numbers is the same invocation exported twice (overlapping
    /// runs); rows that share a request id but not their numbers are both kept, as REPORTs are. Failed inits
    /// by function, stream, time and status. O(n).
    static func unique(_ records: [ExportedRecord]) -> (kept: [ExportedRecord], repeats: EventAccounting) {
        struct InvocationKey: Hashable {
            var function: String, requestId: LogId, time: Int64?, category: StartCategory
            var numbers: [Double?]
            var status: String?
        }
        struct FailureKey: Hashable {
            var function: String, stream: String?, time: Int64?, status: String?
        }
        var seenInvocations: Set<InvocationKey> = []
        var seenFailures: Set<FailureKey> = []
        var repeats = EventAccounting()
        let kept = records.filter { record in
            switch record.kind {
            case .invocation(let inv):
                let r = inv.report
                let key = InvocationKey(
                    function: record.function, requestId: r.requestId, time: inv.completionMilliseconds, category: inv.category,
                    numbers: [
                        r.durationMilliseconds, r.billedDurationMilliseconds, r.initDurationMilliseconds,
                        r.restoreDurationMilliseconds, r.memorySizeMegabytes.map(Double.init),
                        r.maxMemoryUsedMegabytes.map(Double.init),
                    ], status: r.status)
                if seenInvocations.insert(key).inserted { return true }
                repeats.reports += 1
            case .initFailure(let f):
                let key = FailureKey(
                    function: record.function, stream: f.logStream, time: f.timestampMilliseconds, status: f.fields.status)
                if seenFailures.insert(key).inserted { return true }
                repeats.initReports += 1
            }
            return false
        }
        return (kept, repeats)
    }
}
