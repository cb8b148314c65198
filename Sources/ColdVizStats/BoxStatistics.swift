/// Tukey box-plot statistics, as `matplotlib.cbook.boxplot_stats(values, whis=1.5)`.
public struct BoxStatistics: Sendable, Equatable {
    /// First quartile, type 7.
    public var q1: Double
    /// Median, type 7.
    public var median: Double
    /// Third quartile, type 7.
    public var q3: Double
    /// The smallest value at or above q1 - 1.5 IQR (q1 if that value lies above q1).
    public var lowerWhisker: Double
    /// The largest value at or below q3 + 1.5 IQR (q3 if that value lies below q3).
    public var upperWhisker: Double
    /// The values below the lower or above the upper whisker, ascending.
    public var outliers: [Double]

    /// Computes the box of `values`, or nil when `values` is empty.
    ///
    /// - Complexity: O(n log n).
    public init?(values: [Double]) {
        guard !values.isEmpty else { return nil }
        let sorted = RadixSort.sorted(values)
        let first = Quantile.type7(sorted: sorted, probability: 0.25)
        let third = Quantile.type7(sorted: sorted, probability: 0.75)
        let reach = 1.5 * (third - first)
        let lowest = sorted.first { $0 >= first - reach } ?? first
        let highest = sorted.last { $0 <= third + reach } ?? third
        let low = Swift.min(lowest, first)
        let high = Swift.max(highest, third)
        q1 = first
        median = Quantile.type7(sorted: sorted, probability: 0.5)
        q3 = third
        lowerWhisker = low
        upperWhisker = high
        outliers = sorted.filter { $0 < low || $0 > high }
    }
}
