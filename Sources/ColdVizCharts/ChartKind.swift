import ColdVizCore
import ColdVizStats

/// The charts `coldviz plot` draws.
public enum ChartKind: String, CaseIterable, Sendable {
    case distribution, timeline, percentiles, heatmap, ecdf, box, compare, phases, imports, importtree

    /// Whether the chart draws what explains invocations (traces, application logs, import trees).
    public var explains: Bool { self == .phases || self == .imports || self == .importtree }

    /// Parses `distribution,ecdf`; nil when a name is not a kind.
    public static func parseList(_ text: String) -> [ChartKind]? {
        let kinds = text.split(separator: ",").map { ChartKind(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        guard !kinds.isEmpty, kinds.allSatisfy({ $0 != nil }) else { return nil }
        return kinds.compactMap { $0 }
    }
}

/// The names of chart files (without the extension), the same for `plot` and `report`:
/// `distribution-by-method`, `timeline-by-method-burst-2`, `heatmap-p50-method-by-memory`.
public enum ChartFileName {
    /// `<kind>-by-<dimensions>`: distribution, ecdf, percentiles, compare, phases and imports.
    public static func of(_ kind: ChartKind, by: [Dimension]) -> String { "\(kind.rawValue)-by-\(joined(by))" }

    /// `box-by-<dimensions>[-split-<dimension>]`.
    public static func box(by: [Dimension], split: Dimension?) -> String {
        "box-by-\(joined(by))" + (split.map { "-split-\($0.rawValue)" } ?? "")
    }

    /// `heatmap-<statistic>-<rows>-by-<columns>`.
    public static func heatmap(_ statistic: Statistic, rows: Dimension, columns: Dimension) -> String {
        "heatmap-\(statistic.name)-\(rows.rawValue)-by-\(columns.rawValue)"
    }

    /// `timeline-by-<dimensions>-burst-<n>`, n from 1.
    public static func timeline(by: [Dimension], burst: Int) -> String { "timeline-by-\(joined(by))-burst-\(burst)" }

    /// `importtree-<group>`, the group's name made safe for a file name.
    public static func importTree(group: String) -> String { "importtree-\(fileSafe(group))" }

    /// `name` with every character but letters, digits, `-`, `_` and `.` replaced by `-`.
    public static func fileSafe(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "-" })
    }

    private static func joined(_ by: [Dimension]) -> String { by.map(\.rawValue).joined(separator: "-") }
}
