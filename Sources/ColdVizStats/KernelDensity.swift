/// Gaussian kernel density estimates.
public enum KernelDensity {
    /// Silverman's rule of thumb as R's `bw.nrd0`: 0.9 min(s, IQR / 1.34) n^(-1/5), with s the
    /// sample standard deviation and IQR from type 7 quartiles. R's fallbacks: when that minimum
    /// is 0 use s, then |x1| (the first value), then 1. Beyond R (which stops for n < 2): one
    /// value has no s and goes straight to |x1|, then 1.
    ///
    /// Compute it per group (cold, warm), never on a mixture.
    ///
    /// - Precondition: `values` is non-empty.
    /// - Complexity: O(n log n).
    public static func bandwidthNRD0(values: [Double]) -> Double {
        precondition(!values.isEmpty, "KernelDensity.bandwidthNRD0 needs at least one value")
        let sorted = RadixSort.sorted(values)
        let standardDeviation =
            Moments.sampleStandardDeviation(sorted, mean: Moments.mean(sorted)) ?? 0
        let interquartileRange =
            Quantile.type7(sorted: sorted, probability: 0.75)
            - Quantile.type7(sorted: sorted, probability: 0.25)
        var scale = min(standardDeviation, interquartileRange / 1.34)
        if scale == 0 { scale = standardDeviation }
        if scale == 0 { scale = abs(values[0]) }
        if scale == 0 { scale = 1 }
        return 0.9 * scale * LibM.pow(Double(values.count), -0.2)
    }

    /// The Gaussian kernel density estimate at each of `points`:
    /// f(x) = 1 / (n h sqrt(2 pi)) sum_i exp(-((x - x_i) / h)^2 / 2), with h = `bandwidth`.
    /// Equals `scipy.stats.gaussian_kde(values, bw_method=bandwidth / s)(points)`, s the sample
    /// standard deviation.
    ///
    /// - Precondition: `values` is non-empty and `bandwidth` > 0.
    /// - Complexity: O(n m) for n values and m points.
    public static func density(values: [Double], bandwidth: Double, at points: [Double]) -> [Double] {
        precondition(!values.isEmpty, "KernelDensity.density needs at least one value")
        precondition(
            bandwidth > 0, "KernelDensity.density needs a bandwidth above 0, not \(bandwidth)")
        let normalisation = 1 / (Double(values.count) * bandwidth * (2 * Double.pi).squareRoot())
        return points.map { point in
            var sum = 0.0
            for value in values {
                let standardised = (point - value) / bandwidth
                sum += LibM.exp(-0.5 * standardised * standardised)
            }
            return sum * normalisation
        }
    }
}
