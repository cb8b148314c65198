import ColdVizStats

/// How `check` and `compare` test changes.
public struct ComparisonSettings: Sendable {
    /// The quantity compared.
    public var metric: Metric
    /// The statistics, each with its threshold (nil: report only, as `compare` does).
    public var statistics: [(statistic: Statistic, threshold: Threshold?)]
    /// Confidence level of the intervals, in (0, 1).
    public var confidence: Double
    /// When set, the smallest sample on each side for every statistic, replacing the
    /// 10/(1-p) rule.
    public var minimumSampleSize: Int?
    /// Seed of the bootstrap resampling; every interval uses it.
    public var seed: UInt64
    /// Bootstrap resamples per interval.
    public var resamples: Int

    /// The default seed: fixed, so a CI run is reproducible.
    public static let defaultSeed: UInt64 = 20_240_304
    /// `check`'s default thresholds for durations.
    public static let defaultDurationThresholds = "p95=10%,p50=5%"
    /// `check`'s default threshold for the cold-start rate.
    public static let defaultRateThreshold = "rate=10%"
    /// `check`'s default threshold for the cost per million invocations.
    public static let defaultCostThreshold = "mean=10%"

    /// Creates settings; the defaults are the README's ("Gating pull requests"): 95 %, 9,999 resamples.
    public init(
        metric: Metric, statistics: [(statistic: Statistic, threshold: Threshold?)],
        confidence: Double = 0.95, minimumSampleSize: Int? = nil, seed: UInt64 = defaultSeed, resamples: Int = 9_999
    ) {
        self.metric = metric
        self.statistics = statistics
        self.confidence = confidence
        self.minimumSampleSize = minimumSampleSize
        self.seed = seed
        self.resamples = resamples
    }
}
