/// The Mann-Whitney U (Wilcoxon rank-sum) test.
public enum MannWhitney {
    /// Two-sided Mann-Whitney U test as `scipy.stats.mannwhitneyu(x, y,
    /// alternative='two-sided', method='auto')`, with U the U of x.
    ///
    /// The p-value is exact (2 P(U <= min(U_x, U_y)) under the null, capped at 1) when at least
    /// one sample has 8 values or fewer and there are no ties; otherwise it is the normal
    /// approximation with tie and continuity correction: z = (max(U_x, U_y) - n_x n_y / 2 - 0.5) / s,
    /// s^2 = n_x n_y / 12 ((n + 1) - sum(t^3 - t) / (n (n - 1))), p = 2 (1 - Phi(z)), capped at 1.
    ///
    /// - Precondition: both samples are non-empty and contain no NaN.
    /// - Complexity: O(n log n) for the ranks, plus O(min(n_x, n_y) n_x n_y) for the exact path
    ///   (where min(n_x, n_y) <= 8).
    public static func test(_ x: [Double], _ y: [Double]) -> MannWhitneyResult {
        precondition(!x.isEmpty && !y.isEmpty, "MannWhitney.test needs two non-empty samples")
        precondition(
            !x.contains(where: \.isNaN) && !y.contains(where: \.isNaN),
            "MannWhitney.test needs samples without NaN")
        let ranking = MidRanks(x + y)
        let nx = Double(x.count)
        let ny = Double(y.count)
        let rankSumX = ranking.ranks[0..<x.count].reduce(0, +)
        let uX = rankSumX - nx * (nx + 1) / 2
        let uY = nx * ny - uX
        let isExact = !(x.count > 8 && y.count > 8) && !ranking.hasTies
        let pValue: Double
        if isExact {
            let distribution = MannWhitneyNullDistribution(x.count, y.count)
            pValue = 2 * distribution.cumulativeProbability(atMost: Int(min(uX, uY)))
        } else {
            let n = nx + ny
            let variance = nx * ny / 12 * ((n + 1) - ranking.tieTerm / (n * (n - 1)))
            let z = (max(uX, uY) - nx * ny / 2 - 0.5) / variance.squareRoot()
            pValue = 2 * Normal.cdf(-z)
        }
        return MannWhitneyResult(
            u: uX, pValue: min(max(pValue, 0), 1), isExact: isExact, effectSize: uX / (nx * ny))
    }
}
