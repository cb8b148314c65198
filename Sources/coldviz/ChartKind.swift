import ArgumentParser

/// The charts `coldviz plot` draws.
enum ChartKind: String, CaseIterable, ExpressibleByArgument {
    case distribution, timeline, percentiles, heatmap, ecdf, box, compare, phases, imports, importtree

    /// Whether the chart draws what explains invocations (traces, application logs, import trees).
    var explains: Bool { self == .phases || self == .imports || self == .importtree }

    /// Parses `distribution,ecdf`; nil when a name is not a kind.
    static func parseList(_ text: String) -> [ChartKind]? {
        let kinds = text.split(separator: ",").map { ChartKind(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        guard !kinds.isEmpty, kinds.allSatisfy({ $0 != nil }) else { return nil }
        return kinds.compactMap { $0 }
    }
}
