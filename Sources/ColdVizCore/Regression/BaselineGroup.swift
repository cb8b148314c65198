import ColdVizStats

/// One group of a ``Baseline``: its counts and the raw samples a difference is tested on.
public struct BaselineGroup: Sendable {
    /// Dimension values in the baseline's `groupBy` order.
    public var key: [String]
    /// REPORT records in the group.
    public var invocations: Int
    /// Invocations whose REPORT carries Init Duration.
    public var coldStarts: Int
    /// Init Duration of every cold start, in ms, in input order.
    public var initDurationsMilliseconds: [Double]
    /// Duration of every invocation that reports one, in ms, in input order.
    public var durationsMilliseconds: [Double]
    /// Each invocation's cost in USD times a million, in input order (empty in baselines written before
    /// costs were kept).
    public var costsUsdPerMillion: [Double] = []
    /// The `analyze` statistics of the group when it was built from logs; nil when read from a
    /// file or merged (they are written for people, and recomputed from the samples when needed).
    public var statistics: GroupStatistics?

    /// Creates a group from its parts.
    public init(
        key: [String], invocations: Int, coldStarts: Int, initDurationsMilliseconds: [Double],
        durationsMilliseconds: [Double], statistics: GroupStatistics? = nil
    ) {
        self.key = key
        self.invocations = invocations
        self.coldStarts = coldStarts
        self.initDurationsMilliseconds = initDurationsMilliseconds
        self.durationsMilliseconds = durationsMilliseconds
        self.statistics = statistics
    }

    /// coldStarts / invocations, 0 without invocations.
    public var coldStartRate: Double { invocations == 0 ? 0 : Double(coldStarts) / Double(invocations) }

    /// The key as `method=zip python=3.9` for `dimensions`.
    public func keyDescription(_ dimensions: [Dimension]) -> String {
        GroupKey(values: key).description(dimensions)
    }

    /// The sample of `metric`: init durations, durations, or one 0/1 indicator per invocation
    /// (1 for a cold start) for the cold-start rate. O(n).
    public func sample(_ metric: Metric) -> [Double] {
        switch metric {
        case .initDuration: initDurationsMilliseconds
        case .duration: durationsMilliseconds
        case .coldStartRate:
            Array(repeating: 1, count: coldStarts) + Array(repeating: 0, count: max(0, invocations - coldStarts))
        case .usdPerMillionInvocations: costsUsdPerMillion
        }
    }
}
