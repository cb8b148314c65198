import Foundation

// MERGE: replace every function here with its ColdVizStats counterpart once that branch lands:
//   StatisticsShim.quantileType7(sorted:probability:) -> Quantile.type7(sorted:probability:)
//   StatisticsShim.histogramEdges(values:binCount:)    -> Histogram.edges(values:rule:)
//   StatisticsShim.histogramCounts(values:edges:)      -> Histogram.counts(values:edges:)
//   StatisticsShim.boxStatistics(sorted:)              -> BoxStatistics
// They are kept small, internal, and tested against numpy in StatisticsShimTests.

/// Stand-ins for ColdVizStats while it is developed on another branch.
enum StatisticsShim {
    /// Hyndman & Fan type 7 (numpy's default "linear"): h = (n-1)p, interpolate between the order
    /// statistics x[floor h] and x[floor h + 1]. `sorted` must be ascending and non-empty. O(1).
    static func quantileType7(sorted: [Double], probability p: Double) -> Double {
        precondition(!sorted.isEmpty)
        let h = Double(sorted.count - 1) * p
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }

    /// Type 7 quantile of unsorted values by selection (Hoare's quickselect), reordering `values`.
    /// Expected O(n), used per time bin so that the timeline build stays linear.
    static func quantileType7(selecting values: inout [Double], probability p: Double) -> Double {
        precondition(!values.isEmpty)
        let h = Double(values.count - 1) * p
        let lo = Int(h.rounded(.down))
        let a = select(&values, k: lo)
        guard lo + 1 < values.count, h > Double(lo) else { return a }
        // After selection every element right of `lo` is >= a; the next order statistic is their minimum.
        var b = Double.infinity
        for i in (lo + 1)..<values.count where values[i] < b { b = values[i] }
        return a + (h - Double(lo)) * (b - a)
    }

    /// The k-th smallest element (0-based); partially reorders `values`. Expected O(n).
    static func select(_ values: inout [Double], k: Int) -> Double {
        var left = 0
        var right = values.count - 1
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        while left < right {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let pivotIndex = left + Int((state >> 33) % UInt64(right - left + 1))
            let pivot = values[pivotIndex]
            var i = left
            var j = right
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                right = j
            } else if k >= i {
                left = i
            } else {
                return values[k]
            }
        }
        return values[k]
    }

    /// Bin edges as numpy's `histogram_bin_edges`: equal-width bins over min...max (±0.5 when all
    /// values are equal). `binCount == nil` is numpy's 'auto' as in numpy 2.4: the smaller of
    /// Sturges (range / (log2 n + 1)) and the relaxed Freedman-Diaconis width
    /// max(2 IQR n^(-1/3), range / sqrt(n) / 2) (numpy >= 2.1 caps the bin count this way;
    /// with IQR = 0 this is min(sqrt/2, Sturges)); bin count = ceil(range / width). Edges are `first + i × (range / count)`, the last set
    /// exactly to the maximum (numpy's linspace). `values` must be non-empty. O(n log n).
    static func histogramEdges(values: [Double], binCount: Int?) -> [Double] {
        precondition(!values.isEmpty)
        let sorted = values.sorted()
        var first = sorted.first!
        var last = sorted.last!
        if first == last {
            first -= 0.5
            last += 0.5
        }
        let n: Int
        if let binCount {
            n = max(1, binCount)
        } else {
            let count = Double(sorted.count)
            let ptp = sorted.last! - sorted.first!
            let sturges = ptp / (log2(count) + 1)
            let iqr = quantileType7(sorted: sorted, probability: 0.75) - quantileType7(sorted: sorted, probability: 0.25)
            let fd = 2 * iqr * pow(count, -1.0 / 3.0)
            let sqrtWidth = ptp / count.squareRoot()
            let width = min(max(fd, sqrtWidth / 2), sturges)
            n = width > 0 ? max(1, Int(((last - first) / width).rounded(.up))) : 1
        }
        let step = (last - first) / Double(n)
        var edges = (0...n).map { first + Double($0) * step }
        edges[n] = last
        return edges
    }

    /// Counts per bin with numpy's semantics: bins are half-open [e_i, e_{i+1}) except the last,
    /// which is closed; values outside the edges are not counted. Edges must be equally spaced
    /// (as from ``histogramEdges(values:binCount:)``). O(n).
    static func histogramCounts(values: [Double], edges: [Double]) -> [Int] {
        let bins = edges.count - 1
        var counts = [Int](repeating: 0, count: max(bins, 0))
        guard bins > 0 else { return counts }
        let first = edges[0]
        let last = edges[bins]
        let norm = Double(bins) / (last - first)
        for v in values where v >= first && v <= last {
            var i = Int((v - first) * norm)
            if i >= bins { i = bins - 1 }
            if v < edges[i] { i -= 1 }
            if i < bins - 1 && v >= edges[i + 1] { i += 1 }
            counts[i] += 1
        }
        return counts
    }

    /// Tukey box statistics of ascending `sorted` (non-empty): quartiles by type 7, whiskers at the
    /// most extreme data within 1.5 IQR of the quartiles, everything beyond as outliers. O(n).
    static func boxStatistics(sorted: [Double]) -> BoxSummary {
        let q1 = quantileType7(sorted: sorted, probability: 0.25)
        let median = quantileType7(sorted: sorted, probability: 0.5)
        let q3 = quantileType7(sorted: sorted, probability: 0.75)
        let iqr = q3 - q1
        let lowFence = q1 - 1.5 * iqr
        let highFence = q3 + 1.5 * iqr
        let inside = sorted.filter { $0 >= lowFence && $0 <= highFence }
        let outliers = sorted.filter { $0 < lowFence || $0 > highFence }
        return BoxSummary(
            q1: q1, median: median, q3: q3,
            lowerWhisker: inside.first ?? q1, upperWhisker: inside.last ?? q3,
            outliers: outliers, count: sorted.count)
    }

    /// Arithmetic mean; 0 for an empty array. O(n).
    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}

/// The five numbers and outliers of one box, from ``StatisticsShim/boxStatistics(sorted:)``.
struct BoxSummary: Hashable {
    var q1: Double
    var median: Double
    var q3: Double
    var lowerWhisker: Double
    var upperWhisker: Double
    var outliers: [Double]
    var count: Int
}
