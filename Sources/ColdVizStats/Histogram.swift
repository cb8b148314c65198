/// Equal-width histograms, as numpy.histogram.
public enum Histogram {
    /// Bin edges as `numpy.histogram_bin_edges(values, bins)`: `rule.binCount` + 1 equally
    /// spaced edges from min to max (numpy's `linspace`, last edge exactly max). An empty input
    /// spans 0...1; a zero range v...v is widened to v - 0.5 ... v + 0.5. For `.auto` the
    /// width is numpy 2.4's: min(max(FD, sqrt / 2), Sturges), FD = 2 IQR n^(-1/3) with type 7
    /// quartiles, sqrt = range / sqrt(n), Sturges = range / (log2 n + 1); the count is
    /// ceil(range / width), or 1 when the width is 0 (all values equal).
    ///
    /// Note: numpy before 2.1 used min(FD, Sturges), with Sturges when the IQR is 0; numpy 2.1
    /// bounded FD below by sqrt / 2 so heavy-tailed data with a small IQR cannot ask for
    /// thousands of bins. This follows the current numpy.
    ///
    /// - Precondition: values are finite; a `.count` is at least 1.
    /// - Complexity: O(n log n) for `.auto` (quartiles), O(n + bins) for `.count`.
    public static func edges(values: [Double], rule: BinRule) -> [Double] {
        precondition(values.allSatisfy(\.isFinite), "Histogram.edges needs finite values")
        var first = 0.0
        var last = 1.0
        if let low = values.min(), let high = values.max() {
            first = low
            last = high
        }
        if first == last {
            first -= 0.5
            last += 0.5
        }
        let binCount: Int
        switch rule {
        case .count(let count):
            precondition(count >= 1, "Histogram needs at least 1 bin, not \(count)")
            binCount = count
        case .auto:
            let width = values.isEmpty ? 0 : autoWidth(values)
            binCount = width > 0 ? min(1_000_000, Int(checked: (last - first) / width, rounding: .up) ?? 1_000_000) : 1
        }
        return linearlySpaced(from: first, to: last, count: binCount + 1)
    }

    /// Counts per bin as `numpy.histogram(values, edges)`: bin i holds edges[i] <= x < edges[i+1],
    /// the last bin also holds x == its right edge; values outside the edges and NaN are not counted.
    ///
    /// - Precondition: at least 2 edges, in ascending order.
    /// - Complexity: O(n log b) for n values and b bins.
    public static func counts(values: [Double], edges: [Double]) -> [Int] {
        precondition(edges.count >= 2, "Histogram.counts needs at least 2 edges")
        var counts = [Int](repeating: 0, count: edges.count - 1)
        let first = edges[0]
        let last = edges[edges.count - 1]
        for value in values where value >= first && value <= last {
            if value == last {
                counts[counts.count - 1] += 1
                continue
            }
            // Largest i with edges[i] <= value.
            var low = 0
            var high = edges.count - 1
            while high - low > 1 {
                let middle = (low + high) / 2
                if edges[middle] <= value { low = middle } else { high = middle }
            }
            counts[low] += 1
        }
        return counts
    }

    /// numpy's `_hist_bin_auto` on non-empty `values`. O(n log n).
    static func autoWidth(_ values: [Double]) -> Double {
        let sorted = RadixSort.sorted(values)
        let n = Double(sorted.count)
        let range = sorted[sorted.count - 1] - sorted[0]
        let interquartileRange =
            Quantile.type7(sorted: sorted, probability: 0.75)
            - Quantile.type7(sorted: sorted, probability: 0.25)
        let freedmanDiaconis = 2.0 * interquartileRange * LibM.pow(n, -1.0 / 3.0)
        let sturges = range / (LibM.log2(n) + 1.0)
        let squareRoot = range / n.squareRoot()
        return Swift.min(Swift.max(freedmanDiaconis, squareRoot / 2), sturges)
    }

    /// numpy's `linspace(start, stop, count)` with endpoint: start + i * ((stop - start) / (count - 1)),
    /// the last element set to `stop`. O(count).
    static func linearlySpaced(from start: Double, to stop: Double, count: Int) -> [Double] {
        let step = (stop - start) / Double(count - 1)
        var result = (0..<count).map { Double($0) * step + start }
        result[count - 1] = stop
        return result
    }
}
