import Testing

@testable import ColdVizStats

@Suite("Quantile type 7 by selection against numpy")
struct QuantileSelectionTests {
    @Test("type7(selecting:) matches np.quantile(method='linear')", arguments: datasetIDs)
    func matchesNumpy(id: String) throws {
        let values = Reference.dataset(id)
        let expected = try #require(Reference.quantiles[id])
        for (probability, value) in zip(Reference.probabilities, expected) {
            var scratch = values
            let selected = Quantile.type7(selecting: &scratch, probability: probability)
            expectClose(selected, value, relative: 1e-15, "p = \(probability)")
            // Documented to agree bit for bit with the sorting version.
            #expect(selected == Quantile.type7(sorted: values.sorted(), probability: probability))
            #expect(scratch.sorted() == values.sorted(), "selection only reorders")
        }
    }

    static let probabilities: [Double] = [0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999, 1]

    /// 10,007 values, each of 1,000 levels about ten times: ((i * 7919) mod 1000) / 4.
    static let ties: [Double] = (0..<10_007).map { Double(($0 * 7919) % 1000) / 4 }

    /// np.quantile(ties, probabilities), numpy 2.4.6.
    static let tiesQuantiles: [Double] = [
        0.0, 2.2650000000000006, 62.5, 125.0, 224.8499999999999, 237.25, 247.25, 249.5, 249.75,
    ]

    @Test(
        "many ties in scrambled, ascending, descending order",
        arguments: ["scrambled", "ascending", "descending"])
    func ties(order: String) {
        let values =
            switch order {
            case "ascending": Self.ties.sorted()
            case "descending": Self.ties.sorted(by: >)
            default: Self.ties
            }
        for (probability, expected) in zip(Self.probabilities, Self.tiesQuantiles) {
            var scratch = values
            expectClose(
                Quantile.type7(selecting: &scratch, probability: probability), expected,
                relative: 1e-15, "p = \(probability)")
        }
    }

    @Test("a heavy tail: 300 values in 0...100.5 and two far outliers")
    func heavyTail() {
        // values[i] = (7 i^2 mod 101) + 0.25 (i mod 3), then 500 and 900.
        let body = (0..<300).map { (i: Int) -> Double in
            Double((i * i * 7) % 101) + Double(i % 3) * 0.25
        }
        let values = body + [500, 900]
        // np.quantile(values, probabilities), numpy 2.4.6.
        let expected = [0.0, 2.0, 29.25, 50.75, 91.0, 94.4875, 99.4975, 779.6000000000049, 900.0]
        for (probability, value) in zip(Self.probabilities, expected) {
            var scratch = values
            expectClose(
                Quantile.type7(selecting: &scratch, probability: probability), value,
                relative: 1e-15, "p = \(probability)")
        }
    }

    @Test("interpolation from the upper neighbour when the weight is at least 0.5")
    func lerpUpperEnd() {
        var values = [236.53, 98.92]
        // np.quantile([98.92, 236.53], 0.652), numpy 2.4.6; a + (b - a) t gives 188.64172000000002.
        #expect(Quantile.type7(selecting: &values, probability: 0.652) == 188.64172)
    }

    @Test("select puts the element of each rank in place, smaller left and larger right")
    func selectPartitions() {
        let values: [Double] = [5, 3, 9, 3, 1, 7, 7, 7, 2, 8, 0, 5, 6, 4, 3]
        let sorted = values.sorted()
        for rank in values.indices {
            var scratch = values
            #expect(Quantile.select(&scratch, rank: rank) == sorted[rank], "rank \(rank)")
            #expect(scratch[rank] == sorted[rank])
            #expect(scratch[..<rank].allSatisfy { $0 <= sorted[rank] }, "rank \(rank)")
            #expect(scratch[(rank + 1)...].allSatisfy { $0 >= sorted[rank] }, "rank \(rank)")
        }
    }
}
