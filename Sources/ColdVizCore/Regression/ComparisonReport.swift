/// Every group compared: what `check` and `compare` print.
public struct ComparisonReport: Sendable {
    /// The settings used.
    public var settings: ComparisonSettings
    /// Dimensions of the group keys.
    public var groupBy: [Dimension]
    /// Groups in natural key order.
    public var groups: [GroupComparison]

    /// Number of groups with `verdict`. O(groups).
    public func count(_ verdict: Verdict) -> Int { groups.count { $0.verdict == verdict } }

    /// Whether any group regressed.
    public var hasRegression: Bool { count(.regressed) > 0 }

    /// Whether the gate passes: nothing regressed, and nothing is insufficient when
    /// `failOnInsufficient`.
    public func passes(failOnInsufficient: Bool) -> Bool {
        !hasRegression && !(failOnInsufficient && count(.insufficient) > 0)
    }
}
