import ArgumentParser
import ColdVizCairo
import ColdVizCharts
import ColdVizCore
import ColdVizStats

/// Histogram bins: numpy's `auto` rule or a count.
extension BinRule: SettingValue {
    static let expected = "be auto or a whole number of at least 1"

    init?(setting text: String) {
        if text == "auto" {
            self = .auto
        } else if let n = Int(text), n >= 1, n <= 10_000 {
            self = .count(n)
        } else {
            return nil
        }
    }

    /// `numpy's auto rule` or `30 bins`, for captions.
    var description: String {
        switch self {
        case .auto: "numpy's auto rule"
        case .count(let n): "\(n) bins"
        }
    }
}

/// The timeline's time bin: `auto` or a duration such as `10s`.
enum TimeBin: SettingValue, Equatable {
    case auto
    case milliseconds(Int64)

    static let expected = "be auto or a duration like 1s or 10s"

    init?(setting text: String) {
        if text == "auto" {
            self = .auto
        } else if let ms = DurationText.milliseconds(text) {
            self = .milliseconds(ms)
        } else {
            return nil
        }
    }

    /// The bin in seconds; nil for `auto`.
    var seconds: Double? {
        switch self {
        case .auto: nil
        case .milliseconds(let ms): Double(ms) / 1000
        }
    }
}

extension Statistic: SettingValue {
    static let expected = "be mean, median or a percentile such as p50, p95, p99"

    init?(setting text: String) { self.init(name: text) }
}

extension Dimension: SettingValue {
    static var expected: String { "be a dimension (\(Dimension.allCases.map(\.rawValue).joined(separator: ", ")))" }

    init?(setting text: String) { self.init(rawValue: text) }
}

/// A list of dimensions given to a flag, e.g. `method,memory` (coldviz.toml's lists are read typed).
struct DimensionList: Equatable {
    var dimensions: [Dimension]

    init(_ dimensions: [Dimension]) { self.dimensions = dimensions }

    /// Parses a flag's value, or throws a message naming the flag and the unknown dimension.
    static func flag(_ name: String) -> @Sendable (String) throws -> DimensionList {
        { text in
            do { return DimensionList(try Dimension.parseList(text)) } catch { throw ValidationError("`\(name)`: \(error)") }
        }
    }
}

/// The heatmap's rows and columns: two dimensions.
struct HeatmapAxes: SettingValue, Equatable {
    var rows: Dimension
    var columns: Dimension

    static let expected = "name two dimensions such as method,memory"

    init(rows: Dimension, columns: Dimension) {
        self.rows = rows
        self.columns = columns
    }

    init?(setting text: String) {
        guard let d = try? Dimension.parseList(text), d.count == 2 else { return nil }
        (rows, columns) = (d[0], d[1])
    }
}

/// The charts to draw: `all` or a list of kinds.
enum ChartSelection: SettingValue, Equatable {
    case all
    case kinds([ChartKind])

    static var expected: String { "be `all` or a list of \(ChartKind.allCases.map(\.rawValue).joined(separator: ", "))" }

    init?(setting text: String) {
        if text == "all" {
            self = .all
        } else if let kinds = ChartKind.parseList(text) {
            self = .kinds(kinds)
        } else {
            return nil
        }
    }

    /// The kinds drawn; `all` has `compare` only `withCompare` (it needs a second dataset).
    func kinds(withCompare: Bool) -> [ChartKind] {
        switch self {
        case .all: withCompare ? ChartKind.allCases : ChartKind.allCases.filter { $0 != .compare }
        case .kinds(let k): k
        }
    }

    /// Whether the kinds were named (an explaining chart without data is then an error, not a note).
    var isExplicit: Bool { self != .all }
}

/// The file formats charts are written in, e.g. `png,svg`.
struct OutputFormats: SettingValue, Equatable {
    var formats: [OutputFormat]

    static let expected = "be a list of png, svg, pdf"

    init(_ formats: [OutputFormat]) { self.formats = formats }

    init?(setting text: String) {
        let f = text.split(separator: ",").map { OutputFormat(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        guard !f.isEmpty, f.allSatisfy({ $0 != nil }) else { return nil }
        formats = f.compactMap { $0 }
    }
}

/// The charts' colours: light or dark.
enum ThemeName: String, SettingValue, CaseIterable {
    case light, dark

    static let expected = "be light or dark"

    init?(setting text: String) { self.init(rawValue: text) }
}

/// The percentiles of the tables, e.g. `50,90,95,99`, kept as probabilities (0.5, 0.9, ...).
struct PercentileList: SettingValue, Equatable {
    var probabilities: [Double]

    static let expected = "be numbers between 0 and 100 separated by commas"

    init?(setting text: String) {
        let items = text.split(separator: ",")
        let values = items.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.count == items.count, values.allSatisfy({ $0 > 0 && $0 < 100 }) else { return nil }
        probabilities = values.map { $0 / 100 }
    }

    /// Parses a flag's value, or throws a message naming the flag: numbers out of range, or two that
    /// round to one name (`p99.9` and `p99.94`).
    static func flag(_ name: String) -> @Sendable (String) throws -> PercentileList {
        { text in
            guard let list = PercentileList(setting: text) else {
                throw ValidationError("`\(name)` must \(expected), not `\(text)`.")
            }
            if let repeated = Analyzer.repeatedPercentileName(list.probabilities) {
                throw ValidationError("`\(name)` names \(repeated) twice (percentiles are named to one decimal).")
            }
            return list
        }
    }
}

extension InputFormat: SettingValue {
    static var expected: String { "be one of \(InputFormat.allCases.map(\.rawValue).joined(separator: ", "))" }

    init?(setting text: String) { self.init(rawValue: text) }
}
