/// A two-sided confidence interval around a point estimate.
public struct ConfidenceInterval: Sendable, Equatable {
    /// Lower bound (NaN when the interval is undefined, see `Bootstrap`).
    public var lower: Double
    /// Upper bound (NaN when the interval is undefined, see `Bootstrap`).
    public var upper: Double
    /// Confidence level in (0, 1), e.g. 0.95.
    public var confidence: Double
    /// The statistic on the original sample(s).
    public var estimate: Double

    /// Creates an interval from its parts.
    public init(lower: Double, upper: Double, confidence: Double, estimate: Double) {
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
        self.estimate = estimate
    }
}
