import Testing

@testable import ColdVizStats

@Suite("ECDF against scipy.stats.ecdf")
struct ECDFTests {
    @Test("steps and evaluation", arguments: datasetIDs)
    func matchesScipy(id: String) throws {
        let values = Reference.dataset(id)
        let expected = try #require(Reference.ecdfs[id])
        let ecdf = ECDF(values: values)
        #expect(ecdf.steps.map(\.x) == expected.x)
        expectClose(ecdf.steps.map(\.cumulativeFraction), expected.fraction, relative: 1e-15)
        expectClose(expected.points.map { ecdf($0) }, expected.at, relative: 1e-15)
    }

    @Test("right-continuous: F jumps at a value, not after it")
    func rightContinuous() {
        let ecdf = ECDF(values: [1, 2, 2, 3])
        #expect(ecdf(2) == 0.75)
        #expect(ecdf(2.nextDown) == 0.25)
        #expect(ecdf(0.5) == 0)
        #expect(ecdf(3) == 1)
    }

    @Test("empty sample has no steps and F is NaN")
    func empty() {
        let ecdf = ECDF(values: [])
        #expect(ecdf.steps.isEmpty)
        #expect(ecdf(1).isNaN)
    }
}
