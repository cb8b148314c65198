/// Sample quantiles of ascending data.
public enum Quantile {
    /// The `probability`-quantile of ascending `sorted`, type 7 of Hyndman & Fan (1996), numpy's
    /// default `method='linear'`: with h = (n - 1) p, the value interpolates linearly between the
    /// order statistics x[floor(h)] and x[floor(h) + 1] (0-based), using numpy's `_lerp` so results
    /// agree with numpy to the last bit. Probability 0 gives the minimum, 1 the maximum.
    ///
    /// - Precondition: `sorted` is non-empty and ascending (not checked), and
    ///   `probability` is in 0...1.
    /// - Complexity: O(1).
    public static func type7(sorted: [Double], probability: Double) -> Double {
        precondition(!sorted.isEmpty, "Quantile.type7 needs at least one value")
        precondition(
            probability >= 0 && probability <= 1,
            "Quantile.type7 needs a probability in 0...1, not \(probability)")
        let lastIndex = sorted.count - 1
        let virtualIndex = Double(lastIndex) * probability
        if virtualIndex >= Double(lastIndex) { return sorted[lastIndex] }
        let lowerIndex = Int(virtualIndex.rounded(.down))
        let weight = virtualIndex - Double(lowerIndex)
        return interpolate(sorted[lowerIndex], sorted[lowerIndex + 1], weight: weight)
    }

    /// The smallest sample size for which the `probability`-percentile is not flagged as
    /// low-sample: ceil(10 / (1 - p)), AWS's guidance (1,000 samples for p99, 100 for p90).
    /// A quotient within 1e-9 of a whole number is taken as that number, so that binary
    /// rounding of 1 - 0.9 does not turn 100 into 101. Probability 1 gives `Int.max`.
    ///
    /// - Precondition: `probability` is in 0...1.
    /// - Complexity: O(1).
    public static func minimumSampleSize(probability: Double) -> Int {
        precondition(
            probability >= 0 && probability <= 1,
            "Quantile.minimumSampleSize needs a probability in 0...1, not \(probability)")
        let quotient = 10 / (1 - probability)
        guard quotient < 1e15 else { return Int.max }
        let nearest = quotient.rounded()
        if abs(quotient - nearest) <= 1e-9 * nearest { return Int(nearest) }
        return Int(quotient.rounded(.up))
    }

    /// numpy's `_lerp`: a + (b - a) t, computed from the nearer end so that t = 1 gives b exactly.
    static func interpolate(_ a: Double, _ b: Double, weight t: Double) -> Double {
        let difference = b - a
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t
    }
}
