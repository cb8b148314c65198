import ColdVizPlot
import Testing

/// Issue 15: tick searches on the domains data can give (subnormal, enormous, degenerate) end without a
/// trap, with ticks in order.
@Suite("Ticks on extreme domains")
struct ExtremeDomainTicksTests {
    static let domains: [(Double, Double)] = [
        (0, 5e-324), (5e-324, 5e-324), (5e-324, 1e-320), (0, 1e300), (1e300, 1.0000001e300), (-1.7e308, 1.7e308),
        (0, .greatestFiniteMagnitude), (1e-300, 1e300), (7, 7), (0, 1e-310), (1e12, 1e12 + 1),
    ]

    @Test("extended ticks: no trap, ascending", arguments: domains.indices)
    func extended(index: Int) {
        let (lo, hi) = Self.domains[index]
        let ticks = ExtendedTicks.ticks(lower: lo, upper: hi, targetCount: 6)
        #expect(!ticks.isEmpty)
        #expect(ticks.map(\.value) == ticks.map(\.value).sorted())
    }

    @Test("log and time ticks and a linear fit: no trap", arguments: domains.indices)
    func others(index: Int) {
        let (lo, hi) = Self.domains[index]
        _ = LogTicks.ticks(lower: max(lo, 5e-324), upper: hi, targetCount: 6)
        _ = TimeTicks.fit(lower: lo, upper: hi)
        _ = NumericScale.fit(lower: max(lo, 5e-324), upper: hi, kind: .log)
        let fit = NumericScale.fit(lower: lo, upper: hi, integerTicks: true)
        #expect(fit.ticks.map(\.value) == fit.ticks.map(\.value).sorted())
    }
}
