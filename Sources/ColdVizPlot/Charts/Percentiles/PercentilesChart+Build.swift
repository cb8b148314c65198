import ColdVizStats

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
        public var p99IsUnreliable: Bool { coldStartCount < Quantile.minimumSampleSize(probability: 0.99) }
    }

    /// Computes p99 (type 7), max, mean and min per group with ``ColdVizStats/Summary``.
    /// O(n log n) per group for the sort.
    public func build() -> [Summary] {
        groups.map { g in
            let finite = g.initDurationsMilliseconds.filter(\.isFinite)
            guard let s = ColdVizStats.Summary(values: finite, probabilities: [0.99]) else {
                return Summary(coldStartCount: 0, invocationCount: g.invocationCount)
            }
            return Summary(
                p99: s.percentiles[0].value, max: s.max, mean: s.mean, min: s.min, coldStartCount: s.count,
                invocationCount: g.invocationCount)
        }
    }
}
