/// What `coldviz baseline` writes and `coldviz check` reads: per group, the `analyze` statistics
/// and the raw samples needed to test a difference (schema version 1, described in the README).
public struct Baseline: Sendable {
    /// The schema version this build writes and reads.
    public static let schemaVersion = 1
    /// The `format` member that marks a coldviz baseline file.
    public static let formatName = "coldviz-baseline"

    /// Dimensions the groups are keyed by.
    public var groupBy: [Dimension]
    /// Percentiles of the written statistics.
    public var probabilities: [Double]
    /// Groups in natural key order.
    public var groups: [BaselineGroup]

    /// Creates a baseline from its parts.
    public init(groupBy: [Dimension], probabilities: [Double] = Analyzer.defaultProbabilities, groups: [BaselineGroup]) {
        self.groupBy = groupBy
        self.probabilities = probabilities
        self.groups = groups
    }

    /// The group whose key is `key`, or nil. O(groups).
    public func group(_ key: [String]) -> BaselineGroup? { groups.first { $0.key == key } }

    /// The same samples grouped by `dimensions`, a subset of `groupBy`: groups whose values agree
    /// on `dimensions` are merged (counts added, samples concatenated, statistics dropped).
    /// O(total samples + groups log groups).
    public func regrouped(by dimensions: [Dimension]) throws(RegressionError) -> Baseline {
        if dimensions == groupBy { return self }
        let positions = dimensions.compactMap { groupBy.firstIndex(of: $0) }
        guard positions.count == dimensions.count else {
            throw .groupingNotInBaseline(asked: dimensions, baseline: groupBy)
        }
        var merged: [[String]: BaselineGroup] = [:]
        for g in groups {
            let key = positions.map { g.key[$0] }
            var m =
                merged[key]
                ?? BaselineGroup(
                    key: key, invocations: 0, coldStarts: 0, initDurationsMilliseconds: [], durationsMilliseconds: [])
            m.invocations += g.invocations
            m.coldStarts += g.coldStarts
            m.initDurationsMilliseconds += g.initDurationsMilliseconds
            m.durationsMilliseconds += g.durationsMilliseconds
            merged[key] = m
        }
        return Baseline(
            groupBy: dimensions, probabilities: probabilities,
            groups: merged.keys.sorted(by: Self.keyLess).map { merged[$0]! })
    }

    /// Natural order of keys, value by value.
    static func keyLess(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return NaturalOrder.less(x, y) }
        return a.count < b.count
    }
}
