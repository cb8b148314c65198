import Testing

@testable import ColdVizStats

@Suite("Standard normal against scipy.special")
struct NormalTests {
    @Test("cdf matches ndtr", arguments: Reference.normalCDF)
    func cdf(z: Double, p: Double) {
        expectClose(Normal.cdf(z), p, relative: 1e-14, "z = \(z)")
    }

    @Test("quantile matches ndtri", arguments: Reference.normalQuantile)
    func quantile(p: Double, z: Double) {
        expectClose(Normal.quantile(p), z, relative: 1e-14, "p = \(p)")
    }

    @Test("quantile edges: 0, 1 and outside")
    func quantileEdges() {
        #expect(Normal.quantile(0) == -.infinity)
        #expect(Normal.quantile(1) == .infinity)
        #expect(Normal.quantile(1.5).isNaN)
        #expect(Normal.quantile(-0.1).isNaN)
        #expect(Normal.cdf(.nan).isNaN)
    }

    @Test("quantile inverts cdf", arguments: [-8.0, -3.3, -1, 0.01, 0.5, 2])
    func roundTrip(z: Double) {
        expectClose(Normal.quantile(Normal.cdf(z)), z, relative: 1e-9)
    }
}
