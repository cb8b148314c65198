/// The pieces of a BCa interval, separate from resampling so they can be checked against
/// scipy's `_bca_interval` on a fixed bootstrap distribution.
enum BCa {
    /// Fills `resample` (already of `sample.count` elements) with draws with replacement. O(n).
    static func resample(
        _ sample: [Double], into resample: inout [Double], using generator: inout SeededGenerator
    ) {
        for index in resample.indices {
            resample[index] = sample[generator.nextIndex(below: sample.count)]
        }
    }

    /// The statistic on each leave-one-out sample, in order of the left-out index. O(n^2).
    static func jackknife(_ sample: [Double], _ statistic: ([Double]) -> Double) -> [Double] {
        var leftOut = Array(sample.dropFirst())
        var results: [Double] = []
        results.reserveCapacity(sample.count)
        for index in sample.indices {
            // leftOut holds sample without element `index`.
            if index > 0 { leftOut[index - 1] = sample[index - 1] }
            results.append(statistic(leftOut))
        }
        return results
    }

    /// The acceleration a = sum_j sum_i U_ji^3 / n_j^3 / (6 (sum_j sum_i U_ji^2 / n_j^2)^(3/2)),
    /// U_ji = (n_j - 1)(mean_j - theta_ji), over the jackknife statistics of each sample j
    /// (scipy's `_bca_interval`; Efron & Tibshirani eq. 14.15). O(total n).
    static func acceleration(jackknife groups: [[Double]]) -> Double {
        var numerator = 0.0
        var denominator = 0.0
        for group in groups {
            let n = Double(group.count)
            let mean = Moments.mean(group)
            var sumOfSquares = 0.0
            var sumOfCubes = 0.0
            for value in group {
                let u = (n - 1) * (mean - value)
                sumOfSquares += u * u
                sumOfCubes += u * u * u
            }
            numerator += sumOfCubes / (n * n * n)
            denominator += sumOfSquares / (n * n)
        }
        return numerator / (6 * LibM.pow(denominator, 1.5))
    }

    /// The probabilities (alpha1, alpha2) at which to read the bootstrap distribution:
    /// z0 = Phi^-1((#{theta* < theta} + #{theta* <= theta}) / 2B), and
    /// alpha_k = Phi(z0 + (z0 + z_k) / (1 - a (z0 + z_k))) with z_1,2 = -/+ Phi^-1((1 - confidence) / 2).
    /// O(B).
    static func probabilities(
        estimate: Double, replicates: [Double], acceleration: Double, confidence: Double
    ) -> (lower: Double, upper: Double) {
        let below = replicates.count(where: { $0 < estimate })
        let atOrBelow = replicates.count(where: { $0 <= estimate })
        let z0 = Normal.quantile(Double(below + atOrBelow) / Double(2 * replicates.count))
        let zAlpha = Normal.quantile((1 - confidence) / 2)
        let lowerSum = z0 + zAlpha
        let upperSum = z0 - zAlpha
        return (
            Normal.cdf(z0 + lowerSum / (1 - acceleration * lowerSum)),
            Normal.cdf(z0 + upperSum / (1 - acceleration * upperSum))
        )
    }

    /// The BCa interval: type 7 quantiles of the replicates at `probabilities`. O(B log B).
    static func interval(
        estimate: Double, replicates: [Double], acceleration: Double, confidence: Double
    ) -> ConfidenceInterval {
        let sorted = replicates.sorted()
        if sorted[0] == sorted[sorted.count - 1] {
            return ConfidenceInterval(
                lower: sorted[0], upper: sorted[0], confidence: confidence, estimate: estimate)
        }
        let (lowerProbability, upperProbability) = probabilities(
            estimate: estimate, replicates: replicates, acceleration: acceleration,
            confidence: confidence)
        guard !lowerProbability.isNaN, !upperProbability.isNaN else {
            return undefined(estimate: estimate, confidence: confidence)
        }
        return ConfidenceInterval(
            lower: Quantile.type7(sorted: sorted, probability: lowerProbability),
            upper: Quantile.type7(sorted: sorted, probability: upperProbability),
            confidence: confidence, estimate: estimate)
    }

    /// An interval whose bounds are NaN.
    static func undefined(estimate: Double, confidence: Double) -> ConfidenceInterval {
        ConfidenceInterval(lower: .nan, upper: .nan, confidence: confidence, estimate: estimate)
    }
}
