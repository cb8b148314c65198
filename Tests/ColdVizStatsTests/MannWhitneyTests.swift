import Testing

@testable import ColdVizStats

@Suite("Mann-Whitney U against scipy.stats.mannwhitneyu")
struct MannWhitneyTests {
    @Test("U, p and method", arguments: Reference.mannWhitney.map(\.key))
    func matchesScipy(id: String) throws {
        let expected = try #require(Reference.mannWhitney.first { $0.key == id }).value
        let result = MannWhitney.test(expected.x, expected.y)
        #expect(result.isExact == expected.exact)
        expectClose(result.u, expected.u, relative: 0, absolute: 1e-9)
        expectClose(result.pValue, expected.p, relative: 0, absolute: 1e-9)
        expectClose(result.pValue, expected.p, relative: 1e-9, absolute: 1e-300)
        expectClose(
            result.effectSize, expected.u / Double(expected.x.count * expected.y.count),
            relative: 1e-15)
    }

    @Test("swapping samples swaps U and keeps p")
    func symmetry() {
        let x = Reference.dataset("cpp11-zip-512-x86")
        let y = Reference.dataset("python312-zip-128-x86")
        let forward = MannWhitney.test(x, y)
        let backward = MannWhitney.test(y, x)
        #expect(forward.u + backward.u == 100)
        #expect(forward.pValue == backward.pValue)
        #expect(forward.effectSize == 0 && backward.effectSize == 1)
    }

    @Test("exact null distribution counts match the Gaussian binomial [7 choose 3]_q")
    func nullCounts() {
        // Counted in Python by enumerating all C(7, 3) = 35 rank sets of the smaller sample.
        #expect(
            MannWhitneyNullDistribution(3, 4).arrangementCounts(upTo: 12)
                == [1, 1, 2, 3, 4, 4, 5, 4, 4, 3, 2, 1, 1])
        #expect(MannWhitneyNullDistribution(3, 4).totalArrangements == 35)
    }
}
