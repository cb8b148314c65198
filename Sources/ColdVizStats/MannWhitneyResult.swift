/// The outcome of a two-sided Mann-Whitney U test of x against y.
public struct MannWhitneyResult: Sendable, Equatable {
    /// U of x: R_x - n_x (n_x + 1) / 2, R_x the sum of x's mid-ranks in the pooled sample
    /// (scipy's `statistic`).
    public var u: Double
    /// Two-sided p-value, at most 1.
    public var pValue: Double
    /// True when the p-value comes from the exact null distribution of U, false when from the
    /// normal approximation.
    public var isExact: Bool
    /// U / (n_x n_y): the probability that a random x exceeds a random y, ties counting half
    /// (common-language effect size; 0.5 means no shift).
    public var effectSize: Double

    /// Creates a result from its parts.
    public init(u: Double, pValue: Double, isExact: Bool, effectSize: Double) {
        self.u = u
        self.pValue = pValue
        self.isExact = isExact
        self.effectSize = effectSize
    }
}
