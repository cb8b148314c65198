import Testing

@testable import ColdVizStats

@Suite("Quantile type 7 against numpy")
struct QuantileTests {
    @Test("type7 matches np.quantile(method='linear')", arguments: datasetIDs)
    func matchesNumpy(id: String) throws {
        let sorted = Reference.dataset(id).sorted()
        let expected = try #require(Reference.quantiles[id])
        for (probability, value) in zip(Reference.probabilities, expected) {
            expectClose(
                Quantile.type7(sorted: sorted, probability: probability), value,
                relative: 1e-15, "p = \(probability)")
        }
    }

    @Test("probability 0 and 1 give min and max")
    func extremes() {
        let sorted = Reference.dataset("python3-zip-pooled").sorted()
        #expect(Quantile.type7(sorted: sorted, probability: 0) == sorted.first)
        #expect(Quantile.type7(sorted: sorted, probability: 1) == sorted.last)
    }

    @Test(
        "interpolation from the upper neighbour when the weight is at least 0.5, as numpy's _lerp")
    func lerpUpperEnd() {
        // a + (b - a) t would give 188.64172000000002 here.
        let value = Quantile.type7(sorted: [98.92, 236.53], probability: 0.652)
        #expect(value == 188.64172)  // np.quantile([98.92, 236.53], 0.652), numpy 2.4.6
    }

    @Test(
        "minimumSampleSize is ceil(10 / (1 - p))",
        arguments: [
            (0.0, 10), (0.5, 20), (0.9, 100), (0.95, 200), (0.99, 1_000), (0.999, 10_000),
            (0.75, 40), (0.3, 15), (1.0, Int.max),
        ] as [(Double, Int)])
    func minimumSampleSize(probability: Double, expected: Int) {
        // Expected values are exact rational arithmetic: 10 / (1 - 3/10) = 14.28... -> 15.
        #expect(Quantile.minimumSampleSize(probability: probability) == expected)
    }
}
