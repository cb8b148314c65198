import Testing

@testable import ColdVizStats

@Suite("Kernel density against R bw.nrd0 and scipy.stats.gaussian_kde")
struct KernelDensityTests {
    @Test("bandwidth and density", arguments: datasetIDs)
    func matchesReference(id: String) throws {
        let values = Reference.dataset(id)
        let expected = try #require(Reference.densities[id])
        let bandwidth = KernelDensity.bandwidthNRD0(values: values)
        expectClose(bandwidth, expected.bandwidth, relative: 1e-13)
        let density = KernelDensity.density(
            values: values, bandwidth: bandwidth, at: expected.points)
        expectClose(density, expected.density, relative: 1e-12, absolute: 1e-300)
    }

    @Test("R's fallbacks: all equal uses |x1|, zeros use 1")
    func fallbacks() {
        // Computed with numpy 2.4.6 from R's formula: bw.nrd0(rep(7, 6)) = 0.9 * 7 * 6^(-1/5); bw.nrd0(c(0, 0)) = 0.9 * 1 * 2^(-1/5)
        expectClose(KernelDensity.bandwidthNRD0(values: [7, 7, 7, 7, 7, 7]), 4.402610848260949)
        expectClose(KernelDensity.bandwidthNRD0(values: [0, 0]), 0.7834955069665117)
        // IQR 0 but sd > 0: bw.nrd0(c(1, 1, 1, 1, 5)) uses sd = 1.788854381999832
        expectClose(KernelDensity.bandwidthNRD0(values: [1, 1, 1, 1, 5]), 1.1668727496187892)
    }

    @Test("density integrates to 1")
    func integratesToOne() {
        let values = Reference.dataset("small with outlier")
        let bandwidth = KernelDensity.bandwidthNRD0(values: values)
        let step = 0.05
        let grid = stride(from: -100.0, through: 400.0, by: step).map { $0 }
        let integral =
            KernelDensity.density(values: values, bandwidth: bandwidth, at: grid)
            .reduce(0, +) * step
        expectClose(integral, 1, relative: 1e-9)
    }
}
