import Testing

@testable import ColdVizPlot

/// Expected values from numpy 2.4.6 (np.percentile default 'linear' = type 7,
/// np.histogram_bin_edges / np.histogram), run by hand.
@Suite struct StatisticsShimTests {
    static let small: [Double] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]

    @Test(arguments: [
        (0.0, 1.0), (0.25, 2.5), (0.5, 4.0), (0.9, 6.0), (0.95, 7.5), (0.99, 8.700000000000001), (1.0, 9.0),
    ])
    func quantileType7(probability: Double, expected: Double) {
        let sorted = Self.small.sorted()
        #expect(abs(StatisticsShim.quantileType7(sorted: sorted, probability: probability) - expected) < 1e-9)
        var scratch = Self.small
        #expect(abs(StatisticsShim.quantileType7(selecting: &scratch, probability: probability) - expected) < 1e-9)
    }

    static let durations: [Double] = [2950.5, 2890.25, 3010.0, 2975.75, 3333.0, 1100.0, 8999.5, 1450.0, 1500.25, 1520.0, 2999.0, 3005.5]

    @Test func histogramAutoSturges() {
        let edges = StatisticsShim.histogramEdges(values: Self.durations, binCount: nil)
        #expect(edges.count == 8)
        #expect(abs(edges[1] - 2228.5) < 1e-9 && edges[7] == 8999.5)
        #expect(StatisticsShim.histogramCounts(values: Self.durations, edges: edges) == [4, 7, 0, 0, 0, 0, 1])
    }

    @Test func histogramFixedCount() {
        let edges = StatisticsShim.histogramEdges(values: Self.durations, binCount: 5)
        let expected = [1100.0, 2679.9, 4259.8, 5839.700000000001, 7419.6, 8999.5]
        #expect(zip(edges, expected).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(StatisticsShim.histogramCounts(values: Self.durations, edges: edges) == [4, 7, 0, 0, 1])
    }

    @Test func histogramAutoRelaxedFreedmanDiaconis() {
        var values: [Double] = (0..<300).map { (i: Int) -> Double in
            let square = Double((i * i * 7) % 101)
            return square + Double(i % 3) * 0.25
        }
        values += [500, 900]
        let edges = StatisticsShim.histogramEdges(values: values, binCount: nil)
        #expect(edges.count == 36)
        #expect(abs(edges[1] - 25.714285714285715) < 1e-9)
        let counts = StatisticsShim.histogramCounts(values: values, edges: edges)
        #expect(Array(counts.prefix(5)) == [56, 99, 91, 54, 0] && counts[19] == 1 && counts[34] == 1 && counts.reduce(0, +) == 302)
    }

    @Test func histogramEdgeValuesAndEqualValues() {
        let values = (0...10).map(Double.init)
        let edges = StatisticsShim.histogramEdges(values: values, binCount: 4)
        #expect(edges == [0, 2.5, 5, 7.5, 10])
        #expect(StatisticsShim.histogramCounts(values: values, edges: edges) == [3, 2, 3, 3])
        let equal = StatisticsShim.histogramEdges(values: [7, 7, 7], binCount: nil)
        #expect(equal == [6.5, 7.5])
        #expect(StatisticsShim.histogramCounts(values: [7, 7, 7], edges: equal) == [3])
        let zeroIQR = [Double](repeating: 1, count: 50) + [2, 3, 100]
        #expect(StatisticsShim.histogramEdges(values: zeroIQR, binCount: nil).count == 16)
    }

    @Test func boxStatistics() {
        let box = StatisticsShim.boxStatistics(sorted: Self.durations.sorted())
        #expect(abs(box.q1 - 1515.0625) < 1e-9 && abs(box.median - 2963.125) < 1e-9 && abs(box.q3 - 3006.625) < 1e-9)
        #expect(box.lowerWhisker == 1100 && box.upperWhisker == 3333 && box.outliers == [8999.5])
        #expect(abs(StatisticsShim.mean(Self.durations) - 2977.8125) < 1e-9)
        #expect(abs(StatisticsShim.quantileType7(sorted: Self.durations.sorted(), probability: 0.99) - 8376.185000000003) < 1e-6)
    }
}
