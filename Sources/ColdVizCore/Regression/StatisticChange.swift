import ColdVizStats

/// The change of one statistic of one group from baseline (A) to now (B).
public struct StatisticChange: Sendable {
    /// Which statistic.
    public var statistic: Statistic
    /// The statistic of the baseline sample, nil when the sample is empty.
    public var baseline: Double?
    /// The statistic of the current sample, nil when the sample is empty.
    public var now: Double?
    /// The BCa interval of now - baseline (its `estimate` is the change); nil when a side has
    /// fewer than two values. Bounds are NaN when the interval is undefined.
    public var interval: ConfidenceInterval?
    /// The smallest sample on each side for a verdict.
    public var minimumSampleSize: Int
    /// The largest increase that is not a regression; nil for `compare`.
    public var threshold: Threshold?
    /// regressed, ok or insufficient.
    public var verdict: Verdict

    /// now - baseline, nil when a side is empty.
    public var change: Double? {
        guard let baseline, let now else { return nil }
        return now - baseline
    }

    /// (now - baseline) / |baseline|, nil when a side is empty or the baseline is 0.
    public var relativeChange: Double? {
        guard let change, let baseline, baseline != 0 else { return nil }
        return change / abs(baseline)
    }
}
