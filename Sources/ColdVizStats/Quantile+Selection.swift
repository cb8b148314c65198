extension Quantile {
    /// The type 7 `probability`-quantile of unsorted `values`, equal to
    /// `type7(sorted: values.sorted(), probability:)` to the last bit, found by selection
    /// (Wirth's FIND, Hoare partitioning) instead of a sort: for bootstrap statistics, which
    /// compute a percentile on every resample. `values` is reordered.
    ///
    /// - Precondition: `values` is non-empty, without NaN, and `probability` is in 0...1.
    /// - Complexity: O(n) expected, O(n^2) worst case.
    public static func type7(selectingIn values: inout [Double], probability: Double) -> Double {
        precondition(!values.isEmpty, "Quantile.type7 needs at least one value")
        precondition(
            probability >= 0 && probability <= 1,
            "Quantile.type7 needs a probability in 0...1, not \(probability)")
        let lastIndex = values.count - 1
        let virtualIndex = Double(lastIndex) * probability
        return values.withUnsafeMutableBufferPointer { buffer in
            if virtualIndex >= Double(lastIndex) { return buffer.max()! }
            let lowerIndex = Int(virtualIndex.rounded(.down))
            select(buffer, lowerIndex)
            var upper = buffer[lowerIndex + 1]
            for index in (lowerIndex + 2)..<buffer.count where buffer[index] < upper { upper = buffer[index] }
            return interpolate(buffer[lowerIndex], upper, weight: virtualIndex - Double(lowerIndex))
        }
    }

    /// Reorders `buffer` so that `buffer[k]` is its k-th smallest value, every value before it
    /// is at most that and every value after it at least that (Wirth, "Algorithms + Data
    /// Structures = Programs", 1976, FIND). O(n) expected.
    private static func select(_ buffer: UnsafeMutableBufferPointer<Double>, _ k: Int) {
        var low = 0
        var high = buffer.count - 1
        while low < high {
            let pivot = medianOfThree(buffer[low], buffer[(low + high) / 2], buffer[high])
            var i = low
            var j = high
            while i <= j {
                while buffer[i] < pivot { i += 1 }
                while pivot < buffer[j] { j -= 1 }
                if i <= j {
                    buffer.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if j < k { low = i }
            if k < i { high = j }
        }
    }

    private static func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
        a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b))
    }
}
