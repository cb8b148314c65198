import ColdVizStats
import Foundation

extension DistributionChart {
    /// The computed histograms: shared edges and counts per group.
    public struct Built: Hashable, Sendable {
        /// Bin edges in data units (count + 1 values), ascending; empty when there are no values.
        public var edges: [Double]
        /// Counts per bin for each series, in series order.
        public var counts: [[Int]]
        /// Number of finite values per series.
        public var sampleCounts: [Int]
    }

    /// Computes shared bins over the pooled finite values and counts per group with numpy's
    /// semantics (last bin closed), by ``ColdVizStats/Histogram``. On a log scale non-positive
    /// values are left out of the bins and the edges are computed on log10 values. O(n log n)
    /// for the pooled sort.
    public func build() -> Built {
        let cleaned = series.map { s in s.values.filter { $0.isFinite && (xScale == .linear || $0 > 0) } }
        let pooled = cleaned.flatMap { $0 }
        guard !pooled.isEmpty else {
            return Built(edges: [], counts: cleaned.map { _ in [] }, sampleCounts: cleaned.map(\.count))
        }
        let transform: (Double) -> Double = xScale == .log ? { log10($0) } : { $0 }
        let rule: BinRule = if case .count(let n) = bins, n < 1 { .count(1) } else { bins }
        let edgesT = Histogram.edges(values: pooled.map(transform), rule: rule)
        let counts = cleaned.map { Histogram.counts(values: $0.map(transform), edges: edgesT) }
        let edges = xScale == .log ? edgesT.map { pow(10, $0) } : edgesT
        return Built(edges: edges, counts: counts, sampleCounts: series.map(\.values.count))
    }
}
