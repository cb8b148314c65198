/// One percentile of a sample, with a flag for samples too small to trust it.
public struct PercentileValue: Sendable, Equatable {
    /// The probability p in 0...1 (0.99 for p99).
    public var probability: Double
    /// The type 7 quantile (see `Quantile.type7(sorted:probability:)`).
    public var value: Double
    /// True when the sample has fewer than `Quantile.minimumSampleSize(probability:)` values.
    public var isLowSample: Bool

    /// Creates a percentile value from its parts.
    public init(probability: Double, value: Double, isLowSample: Bool) {
        self.probability = probability
        self.value = value
        self.isLowSample = isLowSample
    }
}
