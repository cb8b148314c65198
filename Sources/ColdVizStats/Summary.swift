/// Descriptive statistics of one sample: count, min, mean, sample standard deviation,
/// type 7 percentiles and max.
public struct Summary: Sendable, Equatable {
    /// Number of values.
    public var count: Int
    /// Smallest value.
    public var min: Double
    /// Arithmetic mean, sum / n.
    public var mean: Double
    /// Sample standard deviation, sqrt(sum (x - mean)^2 / (n - 1)) (numpy `std(ddof=1)`);
    /// nil when `count` < 2.
    public var standardDeviation: Double?
    /// The requested percentiles in the order asked, type 7 of Hyndman & Fan (numpy's default),
    /// each flagged when `count` < ceil(10 / (1 - p)).
    public var percentiles: [PercentileValue]
    /// Largest value.
    public var max: Double

    /// Summarises `values`, or returns nil when `values` is empty.
    ///
    /// - Parameter probabilities: the percentiles to compute, each in 0...1
    ///   (default p50, p90, p95, p99).
    /// - Complexity: O(n log n + k) for n values and k probabilities; sorts once.
    public init?(values: [Double], probabilities: [Double] = [0.5, 0.9, 0.95, 0.99]) {
        guard !values.isEmpty else { return nil }
        // Sorted in place: a caller that passes its last use of a column lends its storage, not a copy.
        var sorted = consume values
        RadixSort.sort(&sorted)
        count = sorted.count
        min = sorted[0]
        max = sorted[sorted.count - 1]
        mean = Moments.mean(sorted)
        standardDeviation = Moments.sampleStandardDeviation(sorted, mean: mean)
        percentiles = probabilities.map { probability in
            PercentileValue(
                probability: probability,
                value: Quantile.type7(sorted: sorted, probability: probability),
                isLowSample: sorted.count < Quantile.minimumSampleSize(probability: probability))
        }
    }

    /// The stored percentile whose probability equals `probability` exactly, or nil when it
    /// was not requested at init. O(k).
    public func percentile(_ probability: Double) -> PercentileValue? {
        percentiles.first { $0.probability == probability }
    }
}
