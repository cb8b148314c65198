extension Quantile {
    /// The `probability`-quantile of unsorted `values` by selection, reordering `values`: the same
    /// type 7 of Hyndman & Fan (1996) as ``type7(sorted:probability:)`` (numpy's default
    /// `method='linear'`, with numpy's `_lerp`), bit for bit, without sorting. With
    /// h = (n - 1) p, Hoare's quickselect puts the order statistic x[floor(h)] in place; the next
    /// order statistic is the smallest value to its right. Meant for many small quantiles, such as
    /// one percentile per time bin, where sorting every bin would cost O(n log n).
    ///
    /// On return `values` holds the same elements in an unspecified order.
    ///
    /// - Precondition: `values` is non-empty and holds no NaN (not checked), and `probability`
    ///   is in 0...1.
    /// - Complexity: expected O(n) for n values (pivots from a fixed-seed generator, so the
    ///   result and the work are deterministic); O(n^2) in the worst case.
    public static func type7(selecting values: inout [Double], probability: Double) -> Double {
        precondition(!values.isEmpty, "Quantile.type7 needs at least one value")
        precondition(
            probability >= 0 && probability <= 1,
            "Quantile.type7 needs a probability in 0...1, not \(probability)")
        let lastIndex = values.count - 1
        let virtualIndex = Double(lastIndex) * probability
        let lowerIndex = min(Int(virtualIndex.rounded(.down)), lastIndex)
        let lower = select(&values, rank: lowerIndex)
        let weight = virtualIndex - Double(lowerIndex)
        guard lowerIndex < lastIndex, weight > 0 else { return lower }
        // After selection every element right of lowerIndex is >= lower; the next order
        // statistic is their minimum.
        var upper = Double.infinity
        for index in (lowerIndex + 1)...lastIndex where values[index] < upper {
            upper = values[index]
        }
        return interpolate(lower, upper, weight: weight)
    }

    /// The element of 0-based rank `rank` in ascending order (Hoare's quickselect), leaving it
    /// at index `rank` with no larger element before it and no smaller one after it.
    ///
    /// - Precondition: `rank` is a valid index of non-empty `values`, which holds no NaN.
    /// - Complexity: expected O(n), O(n^2) in the worst case.
    static func select(_ values: inout [Double], rank: Int) -> Double {
        var left = 0
        var right = values.count - 1
        // A fixed-seed linear congruential generator (Knuth's MMIX constants) picks the pivots.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        while left < right {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let pivot = values[left + Int((state >> 33) % UInt64(right - left + 1))]
            var low = left
            var high = right
            while low <= high {
                while values[low] < pivot { low += 1 }
                while values[high] > pivot { high -= 1 }
                if low <= high {
                    values.swapAt(low, high)
                    low += 1
                    high -= 1
                }
            }
            if rank <= high {
                right = high
            } else if rank >= low {
                left = low
            } else {
                return values[rank]
            }
        }
        return values[rank]
    }
}
