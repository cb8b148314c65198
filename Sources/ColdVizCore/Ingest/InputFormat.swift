/// The reader to use for a file.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Decide from the content (docs/FORMATS.md §1.2).
    case auto
    /// Text lines in any rendering.
    case text
    /// Any JSON container (CloudWatch API output, subscription payloads, JSON log format, Insights JSON).
    case json
    /// Logs Insights results rendered as a Markdown table, an `--output table` box, or CSV.
    case insightsTable = "insights-table"
    /// coldviz's own record export (`export --format csv|jsonl`), or an Athena result with its columns.
    case records
}
