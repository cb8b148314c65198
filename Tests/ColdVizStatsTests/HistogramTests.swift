import Testing

@testable import ColdVizStats

@Suite("Histogram against numpy.histogram_bin_edges and numpy.histogram")
struct HistogramTests {
    static let rules: [(String, BinRule)] = [("auto", .auto), ("30", .count(30)), ("5", .count(5))]

    @Test("edges and counts", arguments: datasetIDs)
    func matchesNumpy(id: String) throws {
        let values = Reference.dataset(id)
        let expected = try #require(Reference.histograms[id])
        for (name, rule) in Self.rules {
            let reference = try #require(expected[name])
            let edges = Histogram.edges(values: values, rule: rule)
            expectClose(edges, reference.edges, relative: 1e-15)
            #expect(
                Histogram.counts(values: values, edges: edges) == reference.counts, "bins \(name)")
            // Counting against numpy's own edges must agree too.
            #expect(Histogram.counts(values: values, edges: reference.edges) == reference.counts)
        }
    }

    @Test("empty input spans 0...1 with no counts")
    func empty() throws {
        for (name, rule) in Self.rules {
            let edges = Histogram.edges(values: [], rule: rule)
            expectClose(edges, try #require(Reference.emptyHistogramEdges[name]), relative: 1e-15)
            #expect(Histogram.counts(values: [], edges: edges).allSatisfy { $0 == 0 })
        }
    }

    @Test("auto uses numpy 2.4's relaxed Freedman-Diaconis on heavy tails")
    func heavyTail() {
        // 40 values in 0.0...3.9 and one at 1000: IQR ~ 2, FD width ~ 1.16 would ask for 862
        // bins; numpy 2.4.6 bounds the width below by range / sqrt(n) / 2 and gives 13 bins
        // (np.histogram_bin_edges(values, 'auto').size == 14).
        let values = (0..<40).map { Double($0) / 10 } + [1_000]
        #expect(Histogram.edges(values: values, rule: .auto).count == 14)
    }

    @Test("auto with a zero IQR but a non-zero range takes the smaller of sqrt / 2 and Sturges")
    func zeroInterquartileRange() {
        // FD is 0 here, so the width is min(range / sqrt(n) / 2, Sturges) = 99 / sqrt(53) / 2.
        let values = [Double](repeating: 1, count: 50) + [2, 3, 100]
        let edges = Histogram.edges(values: values, rule: .auto)
        // np.histogram_bin_edges(values, 'auto') and np.histogram(values, edges), numpy 2.4.6.
        let expected = [
            1.0, 7.6, 14.2, 20.799999999999997, 27.4, 34.0, 40.599999999999994, 47.199999999999996,
            53.8, 60.4, 67.0, 73.6, 80.19999999999999, 86.8, 93.39999999999999, 100.0,
        ]
        expectClose(edges, expected, relative: 1e-15)
        #expect(
            Histogram.counts(values: values, edges: edges)
                == [52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
    }

    @Test("half-open bins, last bin closed, values outside ignored")
    func binBoundaries() {
        // np.histogram([0, 1, 1.5, 2, 3, 4, -1, 5], [0, 1, 2, 4]) -> [1, 2, 3]
        #expect(
            Histogram.counts(values: [0, 1, 1.5, 2, 3, 4, -1, 5], edges: [0, 1, 2, 4]) == [1, 2, 3])
    }
}
