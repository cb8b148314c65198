import ColdVizStats

/// A statistic whose change between two samples is tested.
public enum ComparedStatistic: Sendable, Hashable {
    /// The type 7 percentile (Hyndman & Fan; numpy's default 'linear') at probability p in (0, 1).
    case percentile(Double)
    /// The arithmetic mean. For the cold-start rate's 0/1 indicators it is the rate.
    case mean

    /// `p95`, `p99.9`, `mean`.
    public var name: String {
        switch self {
        case .percentile(let p): NumberFormatting.percentileName(p)
        case .mean: "mean"
        }
    }

    /// Parses `p95`, `p99.9`, `mean`, or `rate` (the mean, for the cold-start rate); nil otherwise.
    public static func parse(_ text: String) -> ComparedStatistic? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t == "mean" || t == "rate" { return .mean }
        guard t.hasPrefix("p"), let x = Double(t.dropFirst()), x > 0, x < 100 else { return nil }
        // Rounded to 1e-9 so that `p99.9` is exactly 0.999, not 0.9990000000000001.
        return .percentile((x / 100 * 1e9).rounded() / 1e9)
    }

    /// The statistic of `values`. O(n) expected: a percentile selects in a copy
    /// (`Quantile.type7(selecting:probability:)`, equal to the sorted type 7 to the last bit).
    /// - Precondition: `values` is non-empty.
    public func value(_ values: [Double]) -> Double {
        switch self {
        case .percentile(let p):
            var copy = values
            return Quantile.type7(selecting: &copy, probability: p)
        case .mean: return values.reduce(0, +) / Double(values.count)
        }
    }

    /// The smallest sample on each side for a verdict: ceil(10 / (1 - p)) for a percentile
    /// (AWS's guidance, as `analyze` flags percentiles), 10 for the mean.
    public var minimumSampleSize: Int {
        switch self {
        case .percentile(let p): Quantile.minimumSampleSize(probability: p)
        case .mean: 10
        }
    }
}
