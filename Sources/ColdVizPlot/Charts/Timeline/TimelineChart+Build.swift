import ColdVizStats
import Foundation

extension TimelineChart {
    /// Per-bin statistics of every series on a shared grid of time bins.
    public struct Built: Hashable, Sendable {
        /// Start of bin 0 in seconds since the epoch: the earliest time rounded down to a whole
        /// multiple of the bin width.
        public var firstBinStartSeconds: Double
        /// Number of bins.
        public var binCount: Int
        /// Percentile of init duration per series and bin, `nil` for an empty bin.
        public var percentiles: [[Double?]]
        /// Cold starts per series and bin.
        public var counts: [[Int]]
        /// Earliest and latest completion time, `nil` without data.
        public var timeRange: ClosedRange<Double>?
        /// Smallest and largest init duration, `nil` without data.
        public var initRange: ClosedRange<Double>?
    }

    /// Bins every point by completion time: bin i is [start + i w, start + (i+1) w). The
    /// percentile is type 7 (numpy's default) computed by selection
    /// (``ColdVizStats/Quantile/type7(selecting:probability:)``). Pairs with a non-finite value
    /// are left out. O(n) expected time.
    public func build() -> Built {
        var tMin = Double.infinity, tMax = -Double.infinity, yMin = Double.infinity, yMax = -Double.infinity
        for s in series {
            for (t, y) in zip(s.completionSeconds, s.initDurationsMilliseconds) where t.isFinite && y.isFinite {
                tMin = min(tMin, t); tMax = max(tMax, t); yMin = min(yMin, y); yMax = max(yMax, y)
            }
        }
        guard tMin <= tMax else {
            return Built(
                firstBinStartSeconds: 0, binCount: 0, percentiles: series.map { _ in [] }, counts: series.map { _ in [] },
                timeRange: nil, initRange: nil)
        }
        let start = (tMin / binSeconds).rounded(.down) * binSeconds
        let binCount = min(1_000_000, (Int(checked: (tMax - start) / binSeconds, rounding: .down) ?? 1_000_000) + 1)
        var percentiles: [[Double?]] = []
        var counts: [[Int]] = []
        for s in series {
            var buckets = [[Double]](repeating: [], count: binCount)
            for (t, y) in zip(s.completionSeconds, s.initDurationsMilliseconds) where t.isFinite && y.isFinite {
                buckets[min(binCount - 1, Int(checked: (t - start) / binSeconds) ?? binCount - 1)].append(y)
            }
            counts.append(buckets.map(\.count))
            percentiles.append(
                buckets.map { bucket in
                    var b = bucket
                    return b.isEmpty ? nil : Quantile.type7(selecting: &b, probability: percentile)
                })
        }
        return Built(
            firstBinStartSeconds: start, binCount: binCount, percentiles: percentiles, counts: counts,
            timeRange: tMin...tMax, initRange: yMin...yMax)
    }
}
