import ColdVizStats

/// One group compared between baseline (A) and now (B).
public struct GroupComparison: Sendable {
    /// Dimension values in the report's `groupBy` order.
    public var key: [String]
    /// Sample sizes of the metric on each side (0 when the group is absent there).
    public var baselineCount: Int
    /// The metric's sample size now (B); 0 when the group is only in the baseline.
    public var nowCount: Int
    /// Two-sided Mann-Whitney U test of now against baseline; its effect size U/(n_now n_baseline)
    /// is the probability that a current value exceeds a baseline value. Nil when a side is empty.
    public var mannWhitney: MannWhitneyResult?
    /// One entry per compared statistic, in the order asked.
    public var changes: [StatisticChange]
    /// regressed when any statistic regressed; else insufficient when any is; else ok;
    /// only-in-baseline / only-now when the group is on one side.
    public var verdict: Verdict
}
