/// The CloudWatch Logs Insights query whose results coldviz reads, and the time windows that keep each
/// run of it under Insights' row limit.
public enum InsightsQuery {
    /// The query: one row per REPORT with every field coldviz uses.
    public static let text = """
        fields @timestamp, @log, @logStream, @requestId, @duration, @billedDuration, @initDuration,
               @memorySize, @maxMemoryUsed, @xrayTraceId, @message
        | filter @type = "REPORT"
        | sort @timestamp asc
        | limit 10000
        """

    /// The most rows one Insights query returns.
    public static let rowLimit = 10_000
    /// The share of ``rowLimit`` a window is sized for at the expected rate: bursts exceed an hourly mean.
    public static let headroom = 0.8

    /// Consecutive windows `[start, end)` (epoch seconds) covering `start..<end`, each as long as
    /// ``headroom`` × ``rowLimit`` REPORTs at `reportsPerHour` take, in whole minutes (at least one); one
    /// window when no rate is given. Empty when `end` is not after `start`. O(windows).
    public static func windows(startSeconds: Int64, endSeconds: Int64, reportsPerHour: Double?) -> [Range<Int64>] {
        guard endSeconds > startSeconds else { return [] }
        guard let rate = reportsPerHour, rate > 0 else { return [startSeconds..<endSeconds] }
        let seconds = Double(rowLimit) * headroom / rate * 3600
        let length = max(60, Int64(min(seconds, 1e15) / 60) * 60)
        return stride(from: startSeconds, to: endSeconds, by: Int(length)).map { $0..<min($0 + length, endSeconds) }
    }
}
