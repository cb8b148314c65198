/// Sample mean and standard deviation, shared by `Summary`, `KernelDensity` and the charts.
public enum Moments {
    /// Arithmetic mean, sum / n, summed left to right in the given order (numpy's `mean` sums
    /// pairwise, so long inputs can differ from it in the last bits). NaN for an empty array.
    ///
    /// - Complexity: O(n).
    public static func mean(_ values: [Double]) -> Double {
        values.reduce(0, +) / Double(values.count)
    }

    /// Sample standard deviation with Bessel's correction (numpy `std(ddof=1)`, R `sd`),
    /// computed in two passes around `mean`; nil when there are fewer than two values. O(n).
    static func sampleStandardDeviation(_ values: [Double], mean: Double) -> Double? {
        guard values.count >= 2 else { return nil }
        var sumOfSquares = 0.0
        for value in values {
            let deviation = value - mean
            sumOfSquares += deviation * deviation
        }
        return (sumOfSquares / Double(values.count - 1)).squareRoot()
    }
}
