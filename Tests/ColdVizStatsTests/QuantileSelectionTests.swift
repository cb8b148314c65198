import Testing

@testable import ColdVizStats

@Suite("Type 7 percentile by selection")
struct QuantileSelectionTests {
    @Test(arguments: [0.0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999, 1.0])
    func equalsTheSortedPercentileToTheLastBit(_ p: Double) {
        var generator = SeededGenerator(seed: 99)
        for n in [1, 2, 3, 7, 20, 121, 500] {
            for round in 0..<20 {
                // Few distinct values in odd rounds: many ties.
                let values = (0..<n).map { _ in
                    round % 2 == 0 ? Double(generator.next() % 1_000_000) / 100 : Double(generator.next() % 5)
                }
                var copy = values
                let selected = Quantile.type7(selectingIn: &copy, probability: p)
                #expect(selected.bitPattern == Quantile.type7(sorted: values.sorted(), probability: p).bitPattern, "n \(n) p \(p)")
                #expect(copy.sorted() == values.sorted())
            }
        }
    }

    @Test func matchesNumpy() {
        // numpy 2.4.6: np.percentile([3, 1, 4, 1, 5, 9, 2, 6], [50, 95]) = [3.5, 7.949999999999998]
        var values: [Double] = [3, 1, 4, 1, 5, 9, 2, 6]
        #expect(Quantile.type7(selectingIn: &values, probability: 0.5) == 3.5)
        #expect(Quantile.type7(selectingIn: &values, probability: 0.95) == 7.949999999999998)
    }
}
