/// One exported record: an invocation (a REPORT with its context) or a failed initialisation.
/// The columns are documented in the README ("Record export").
public struct ExportRow: Sendable {
    /// `invocation` or `initFailure`.
    public var record: String
    /// Dimension values (``Labeler``); `unknown` where nothing gives one.
    public var function, method, python, memory, architecture, runtimeVersion: String
    /// The `burst` and `deploy` dimensions (`unknown` for failed inits).
    public var burst, deploy: String
    /// `requestId` is set for every invocation and nil for failed inits; the others are nil when the input
    /// does not name them.
    public var logGroup, logStream, requestId, traceId: String?
    /// Event time, ISO 8601 UTC with milliseconds.
    public var timestamp: String?
    /// cold, warm, suppressedInit, restore, proactive, provisioned; `initFailure` for failed inits.
    public var category: String
    /// Times in ms from the REPORT (from the trace for a trace-only invocation); nil when absent. A failed
    /// init has only `initDurationMs`, its INIT_REPORT's Duration.
    public var initDurationMs, restoreDurationMs, billedRestoreDurationMs, durationMs, billedDurationMs: Double?
    /// Memory Size and Max Memory Used, in MB; nil when absent (`maxMemoryUsedMB` always nil for failed inits).
    public var memorySizeMB, maxMemoryUsedMB: Int?
    /// The `Status:` (`timeout`, `error`, ...) and `Error Type:` of the REPORT or INIT_REPORT; nil when absent.
    public var status, errorType: String?
    /// Where the record was read: file path and 1-based line (0 inside decoded payloads).
    public var file: String
    /// 1-based line of the record in `file`; 0 inside decoded payloads.
    public var line: Int

    /// Column names, in order.
    public static let columns = ExportColumn.allCases.map(\.name)

    /// The row's values in column order: strings, numbers or nil.
    public var values: [ExportValue] {
        [
            .text(record), .text(function), .text(method), .text(python), .text(memory), .text(architecture),
            .text(runtimeVersion), .text(burst), .text(deploy), .optionalText(logGroup), .optionalText(logStream),
            .optionalText(requestId),
            .optionalText(traceId), .optionalText(timestamp), .text(category), .optionalReal(initDurationMs),
            .optionalReal(restoreDurationMs), .optionalReal(billedRestoreDurationMs), .optionalReal(durationMs),
            .optionalReal(billedDurationMs),
            .optionalInteger(memorySizeMB), .optionalInteger(maxMemoryUsedMB), .optionalText(status),
            .optionalText(errorType), .text(file), .optionalInteger(line),
        ]
    }

    /// Every invocation and failed init of `data`, in input order. O(n).
    public static func rows(_ data: LabeledDataset, labeler: Labeler) -> [ExportRow] {
        let d = data.dataset
        var rows: [ExportRow] = []
        rows.reserveCapacity(d.invocations.count + d.initFailures.count)
        for (inv, dims) in zip(d.invocations, data.labels) {
            let r = inv.report
            rows.append(
                ExportRow(
                    record: "invocation", function: dims[.function]!, method: dims[.method]!, python: dims[.python]!,
                    memory: dims[.memory]!, architecture: dims[.architecture]!, runtimeVersion: dims[.runtimeVersion]!,
                    burst: dims[.burst]!, deploy: dims[.deploy]!, logGroup: inv.logGroup, logStream: inv.logStream,
                    requestId: r.requestId.description,
                    traceId: r.traceId?.description,
                    timestamp: inv.completionMilliseconds.map(Timestamp.formatISO8601), category: inv.category.rawValue,
                    initDurationMs: r.initDurationMilliseconds, restoreDurationMs: r.restoreDurationMilliseconds,
                    billedRestoreDurationMs: r.billedRestoreDurationMilliseconds,
                    durationMs: r.durationMilliseconds, billedDurationMs: r.billedDurationMilliseconds,
                    memorySizeMB: r.memorySizeMegabytes, maxMemoryUsedMB: r.maxMemoryUsedMegabytes, status: r.status,
                    errorType: r.errorType, file: d.files[inv.location.fileIndex].path, line: inv.location.line))
        }
        for f in d.initFailures {
            let dims = labeler.dimensions(of: f, files: d.files)
            rows.append(
                ExportRow(
                    record: "initFailure", function: dims[.function]!, method: dims[.method]!, python: dims[.python]!,
                    memory: dims[.memory]!, architecture: dims[.architecture]!, runtimeVersion: dims[.runtimeVersion]!,
                    burst: dims[.burst]!, deploy: dims[.deploy]!, logGroup: f.logGroup, logStream: f.logStream, requestId: nil,
                    traceId: nil,
                    timestamp: f.timestampMilliseconds.map(Timestamp.formatISO8601), category: "initFailure",
                    initDurationMs: f.fields.durationMilliseconds, restoreDurationMs: nil, billedRestoreDurationMs: nil,
                    durationMs: nil,
                    billedDurationMs: nil, memorySizeMB: f.memorySizeMegabytes, maxMemoryUsedMB: nil,
                    status: f.fields.status, errorType: f.fields.errorType, file: d.files[f.location.fileIndex].path,
                    line: f.location.line))
        }
        return rows
    }
}

/// A cell of an exported row.
public enum ExportValue: Sendable {
    case text(String)
    case optionalText(String?)
    case optionalReal(Double?)
    case optionalInteger(Int?)
}
