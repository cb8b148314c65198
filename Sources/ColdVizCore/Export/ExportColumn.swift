/// A column of coldviz's record export, in export order. ``name`` is the CSV header's, the JSON lines' key
/// and the SQLite column (README, "Record export").
public enum ExportColumn: Int, CaseIterable, Sendable {
    case record, function, method, python, memory, architecture, runtimeVersion, burst, deploy, logGroup, logStream
    case requestId, traceId, timestamp, category, initDuration, restoreDuration, billedRestoreDuration, duration
    case billedDuration, memorySize, maxMemoryUsed, status, errorType, file, line

    /// The column's name.
    public var name: String { Self.names[rawValue] }

    /// The column named `name`.
    public init?(name: String) {
        guard let column = Self.byName[name] else { return nil }
        self = column
    }

    private static let names = [
        "record", "function", "method", "python", "memory", "architecture", "runtime_version", "burst", "deploy", "log_group",
        "log_stream", "request_id", "trace_id", "timestamp", "category", "init_duration_ms", "restore_duration_ms",
        "billed_restore_duration_ms", "duration_ms", "billed_duration_ms", "memory_size_mb", "max_memory_used_mb", "status",
        "error_type", "file", "line",
    ]
    private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
}
