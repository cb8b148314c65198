extension PercentilesChart {
    /// The statistics of one group.
    public struct Summary: Hashable, Sendable {
        /// p99 by type 7 (numpy's default), `nil` without cold starts.
        public var p99: Double?
        /// Largest init duration.
        public var max: Double?
        /// Arithmetic mean.
        public var mean: Double?
        /// Smallest init duration.
        public var min: Double?
        /// Number of cold starts (finite init durations).
        public var coldStartCount: Int
        /// Number of invocations.
        public var invocationCount: Int

        /// The four values in bar order: p99, max, mean, min.
        public var values: [Double?] { [p99, max, mean, min] }

        /// Whether p99 rests on fewer than 10 / (1 - 0.99) = 1,000 samples (AWS's guidance).
        public var p99IsUnreliable: Bool { coldStartCount < 1000 }
    }

    /// Computes p99 (type 7), max, mean and min per group. O(n log n) per group for the sort.
    public func build() -> [Summary] {
        groups.map { g in
            let sorted = g.initDurationsMilliseconds.filter(\.isFinite).sorted()
            guard !sorted.isEmpty else {
                return Summary(coldStartCount: 0, invocationCount: g.invocationCount)
            }
            return Summary(
                p99: StatisticsShim.quantileType7(sorted: sorted, probability: 0.99), max: sorted.last,
                mean: StatisticsShim.mean(sorted), min: sorted.first, coldStartCount: sorted.count,
                invocationCount: g.invocationCount)
        }
    }
}
