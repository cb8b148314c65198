/// The empirical cumulative distribution function of a sample.
public struct ECDF: Sendable {
    /// The values in ascending order.
    public let sortedValues: [Double]
    /// One step per distinct value, ascending: the value and the fraction of the sample at or
    /// below it, F(x) = #{x_i <= x} / n (as `scipy.stats.ecdf(values).cdf`).
    public let steps: [(x: Double, cumulativeFraction: Double)]

    /// Builds the right-continuous empirical CDF of `values`. An empty sample has no steps.
    ///
    /// - Complexity: O(n log n).
    public init(values: [Double]) {
        sortedValues = RadixSort.sorted(values)
        let n = Double(sortedValues.count)
        var steps: [(x: Double, cumulativeFraction: Double)] = []
        for (index, value) in sortedValues.enumerated()
        where index + 1 == sortedValues.count || sortedValues[index + 1] != value {
            steps.append((x: value, cumulativeFraction: Double(index + 1) / n))
        }
        self.steps = steps
    }

    /// F(x) = #{x_i <= x} / n, right-continuous; NaN for an empty sample.
    ///
    /// - Complexity: O(log n).
    public func callAsFunction(_ x: Double) -> Double {
        guard !sortedValues.isEmpty else { return .nan }
        // Count of values <= x: first index whose value is > x.
        var low = 0
        var high = sortedValues.count
        while low < high {
            let middle = (low + high) / 2
            if sortedValues[middle] <= x { low = middle + 1 } else { high = middle }
        }
        return Double(low) / Double(sortedValues.count)
    }
}
