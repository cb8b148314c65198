/// A statistic of a sample: a type 7 percentile or the mean. Tables, charts, the comparison commands
/// and the project file name it the same way (`p50`, `p99.9`, `mean`).
public enum Statistic: Sendable, Hashable {
    /// The type 7 percentile (Hyndman & Fan; numpy's default 'linear') at probability p in (0, 1).
    case percentile(Double)
    /// The arithmetic mean. For the cold-start rate's 0/1 indicators it is the rate.
    case mean

    /// The median: the type 7 percentile at 0.5.
    public static let median = Statistic.percentile(0.5)

    /// `p95`, `p99.9`, `mean`.
    public var name: String {
        switch self {
        case .percentile(let p): Self.percentileName(p)
        case .mean: "mean"
        }
    }

    /// The name in titles and prose: `median` for p50, else `name`.
    public var spokenName: String { self == .median ? "median" : name }

    /// `0.5` → `p50`, `0.999` → `p99.9` (to a tenth of a percent).
    public static func percentileName(_ p: Double) -> String {
        let x = (p * 1000).rounded() / 10
        return x == x.rounded() ? "p\(Int(x))" : "p\(x)"
    }

    /// Parses `p95`, `p99.9`, `median` (p50) or `mean`, in any case and with surrounding spaces; nil otherwise.
    public init?(name: String) {
        let t = String(name.lowercased().drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if t == "mean" {
            self = .mean
        } else if t == "median" {
            self = .median
        } else if t.hasPrefix("p"), let x = Double(t.dropFirst()), x > 0, x < 100 {
            // Rounded to 1e-9 so that `p99.9` is exactly 0.999, not 0.9990000000000001.
            self = .percentile((x / 100 * 1e9).rounded() / 1e9)
        } else {
            return nil
        }
    }

    /// The statistic of `values`. O(n) expected: a percentile selects in a copy
    /// (`Quantile.type7(selecting:probability:)`, equal to the sorted type 7 to the last bit).
    /// - Precondition: `values` is non-empty.
    public func value(_ values: [Double]) -> Double {
        switch self {
        case .percentile(let p):
            var copy = values
            return Quantile.type7(selecting: &copy, probability: p)
        case .mean: return Moments.mean(values)
        }
    }

    /// The smallest sample for a percentile or a verdict on it: ceil(10 / (1 - p)) for a percentile
    /// (AWS's guidance), 10 for the mean.
    public var minimumSampleSize: Int {
        switch self {
        case .percentile(let p): Quantile.minimumSampleSize(probability: p)
        case .mean: 10
        }
    }
}
