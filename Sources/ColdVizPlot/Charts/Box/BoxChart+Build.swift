import ColdVizStats

extension BoxChart {
    /// The statistics of one box.
    public struct Box: Hashable, Sendable {
        /// Index into the group order.
        public var groupIndex: Int
        /// Index into the subgroup order (0 when not split).
        public var subgroupIndex: Int
        /// First quartile (type 7).
        public var q1: Double
        /// Median (type 7).
        public var median: Double
        /// Third quartile (type 7).
        public var q3: Double
        /// Lowest value at or above q1 - 1.5 IQR.
        public var lowerWhisker: Double
        /// Highest value at or below q3 + 1.5 IQR.
        public var upperWhisker: Double
        /// Values outside the whiskers.
        public var outliers: [Double]
        /// Number of finite values.
        public var count: Int
    }

    /// Group and subgroup order (first appearance).
    var order: (groups: [String], subgroups: [String]) {
        var groups: [String] = [], subs: [String] = []
        for s in series {
            if !groups.contains(s.group) { groups.append(s.group) }
            if let sub = s.subgroup, !subs.contains(sub) { subs.append(sub) }
        }
        return (groups, subs)
    }

    /// Tukey box statistics per series (``ColdVizStats/BoxStatistics``); a series without finite
    /// values yields a box of count 0 and NaN statistics (drawn as a label only). O(n log n) per
    /// series.
    public func build() -> [Box] {
        let (groups, subs) = order
        return series.map { s in
            let finite = s.values.filter { $0.isFinite && (yScale == .linear || $0 > 0) }
            let gi = groups.firstIndex(of: s.group) ?? 0
            let si = s.subgroup.flatMap { subs.firstIndex(of: $0) } ?? 0
            guard let b = BoxStatistics(values: finite) else {
                return Box(
                    groupIndex: gi, subgroupIndex: si, q1: .nan, median: .nan, q3: .nan, lowerWhisker: .nan, upperWhisker: .nan,
                    outliers: [], count: 0)
            }
            return Box(
                groupIndex: gi, subgroupIndex: si, q1: b.q1, median: b.median, q3: b.q3, lowerWhisker: b.lowerWhisker,
                upperWhisker: b.upperWhisker, outliers: b.outliers, count: finite.count)
        }
    }
}
