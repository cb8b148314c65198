/// The outcome of comparing one statistic or one group with its baseline.
public enum Verdict: String, Sendable, CaseIterable {
    /// The change exceeds its threshold and its confidence interval lies above zero.
    case regressed
    /// Enough samples, and no regression shown.
    case ok
    /// Too few samples on one side for the statistic (or the interval is undefined).
    case insufficient
    /// The group is only in the baseline (or in A).
    case onlyInBaseline = "only-in-baseline"
    /// The group is only in the current data (or in B).
    case onlyNow = "only-now"
}
