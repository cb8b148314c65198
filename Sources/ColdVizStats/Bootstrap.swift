/// Bootstrap confidence intervals, bias-corrected and accelerated (BCa; Efron & Tibshirani,
/// "An Introduction to the Bootstrap", 1993, sections 14.3 and 15.4), following
/// `scipy.stats.bootstrap(method='BCa')`.
///
/// Resamples are drawn with `SeededGenerator`, so a seed fixes the interval exactly; the
/// random stream differs from numpy's, so agreement with scipy is within Monte Carlo error.
///
/// The interval is undefined (both bounds NaN, as scipy's) when a sample has fewer than two
/// values (no jackknife) or when the jackknife statistics are all equal (acceleration 0/0).
/// When every bootstrap statistic is the same value c, the interval is c...c, where scipy
/// gives NaN.
public enum Bootstrap {
    /// The BCa interval of statistic(`a`) - statistic(`b`), resampling each sample independently
    /// with replacement at its own size, as
    /// `scipy.stats.bootstrap((a, b), lambda a, b: statistic(a) - statistic(b), method='BCa',
    /// vectorized=False, n_resamples=resamples, confidence_level=confidence)`. The acceleration
    /// is the two-sample jackknife of scipy (leave one out of each sample in turn).
    ///
    /// - Precondition: `confidence` in (0, 1), `resamples` >= 1.
    /// - Complexity: O(B (n_a + n_b) + B log B) for B = `resamples`, plus B + n_a + n_b + 2
    ///   calls of `statistic`.
    public static func differenceInterval(
        _ a: [Double], _ b: [Double], statistic: ([Double]) -> Double,
        confidence: Double = 0.95, resamples: Int = 9_999, seed: UInt64
    ) -> ConfidenceInterval {
        checkArguments(confidence: confidence, resamples: resamples)
        guard !a.isEmpty, !b.isEmpty else {
            return BCa.undefined(estimate: .nan, confidence: confidence)
        }
        let statisticA = statistic(a)
        let statisticB = statistic(b)
        let estimate = statisticA - statisticB
        guard a.count >= 2, b.count >= 2 else {
            return BCa.undefined(estimate: estimate, confidence: confidence)
        }
        var generator = SeededGenerator(seed: seed)
        var resampleA = a
        var resampleB = b
        var replicates: [Double] = []
        replicates.reserveCapacity(resamples)
        for _ in 0..<resamples {
            BCa.resample(a, into: &resampleA, using: &generator)
            BCa.resample(b, into: &resampleB, using: &generator)
            replicates.append(statistic(resampleA) - statistic(resampleB))
        }
        let jackknifeA = BCa.jackknife(a) { statistic($0) - statisticB }
        let jackknifeB = BCa.jackknife(b) { statisticA - statistic($0) }
        return BCa.interval(
            estimate: estimate, replicates: replicates,
            acceleration: BCa.acceleration(jackknife: [jackknifeA, jackknifeB]),
            confidence: confidence)
    }

    /// The BCa interval of `statistic` on one sample, as
    /// `scipy.stats.bootstrap((sample,), statistic, method='BCa', vectorized=False)`.
    ///
    /// - Precondition: `confidence` in (0, 1), `resamples` >= 1.
    /// - Complexity: O(B n + B log B) for B = `resamples`, plus B + n + 1 calls of `statistic`.
    public static func interval(
        _ sample: [Double], statistic: ([Double]) -> Double,
        confidence: Double = 0.95, resamples: Int = 9_999, seed: UInt64
    ) -> ConfidenceInterval {
        checkArguments(confidence: confidence, resamples: resamples)
        guard !sample.isEmpty else { return BCa.undefined(estimate: .nan, confidence: confidence) }
        let estimate = statistic(sample)
        guard sample.count >= 2 else {
            return BCa.undefined(estimate: estimate, confidence: confidence)
        }
        var generator = SeededGenerator(seed: seed)
        var resample = sample
        var replicates: [Double] = []
        replicates.reserveCapacity(resamples)
        for _ in 0..<resamples {
            BCa.resample(sample, into: &resample, using: &generator)
            replicates.append(statistic(resample))
        }
        return BCa.interval(
            estimate: estimate, replicates: replicates,
            acceleration: BCa.acceleration(jackknife: [BCa.jackknife(sample, statistic)]),
            confidence: confidence)
    }

    private static func checkArguments(confidence: Double, resamples: Int) {
        precondition(
            confidence > 0 && confidence < 1,
            "Bootstrap needs a confidence level strictly between 0 and 1, not \(confidence)")
        precondition(resamples >= 1, "Bootstrap needs at least 1 resample, not \(resamples)")
    }
}
