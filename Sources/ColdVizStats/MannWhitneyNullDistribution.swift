/// The exact null distribution of the Mann-Whitney U statistic for sample sizes m and n
/// without ties.
///
/// The number of arrangements with U = k is the coefficient of q^k in the Gaussian binomial
/// [m + n choose m]_q = prod_{i=1}^{m} (1 - q^(n+i)) / (1 - q^i) (Mann & Whitney 1947); the
/// polynomial is built one factor at a time, truncated at the largest k needed, with m the
/// smaller size. Counts are Doubles: exact below 2^53, relative error about 1e-15 above.
struct MannWhitneyNullDistribution {
    let smallerSize: Int
    let largerSize: Int

    init(_ sizeX: Int, _ sizeY: Int) {
        smallerSize = min(sizeX, sizeY)
        largerSize = max(sizeX, sizeY)
    }

    /// P(U <= k) under the null. O(m k).
    func cumulativeProbability(atMost k: Int) -> Double {
        let counts = arrangementCounts(upTo: k)
        return counts.reduce(0, +) / totalArrangements
    }

    /// C(m + n, m), the number of equally likely arrangements. O(m).
    var totalArrangements: Double {
        var total = 1.0
        for i in 1...max(smallerSize, 1) where smallerSize > 0 {
            total = total * Double(largerSize + i) / Double(i)
        }
        return total.rounded()
    }

    /// The number of arrangements with U = 0, 1, ..., k. O(m k).
    func arrangementCounts(upTo k: Int) -> [Double] {
        var coefficients = [Double](repeating: 0, count: k + 1)
        coefficients[0] = 1
        guard smallerSize > 0 else { return coefficients }
        for i in 1...smallerSize {
            // Divide by (1 - q^i): a running sum with stride i.
            if i <= k {
                for power in i...k { coefficients[power] += coefficients[power - i] }
            }
            // Multiply by (1 - q^(n+i)), highest power first.
            let shift = largerSize + i
            if shift <= k {
                for power in stride(from: k, through: shift, by: -1) {
                    coefficients[power] -= coefficients[power - shift]
                }
            }
        }
        return coefficients
    }
}
