import ColdVizCore
import ColdVizStats
import Testing

/// The numbers of one group comparison against scipy on fixed data.
@Suite("Comparator against scipy.stats.bootstrap and mannwhitneyu")
struct ComparatorReferenceTests {
    // numpy 2.4.6 default_rng(6): lognormal(log 1500, 0.25) and lognormal(log 1750, 0.25), 30 each,
    // rounded to 2 decimals.
    static let a: [Double] = [
        1951.78, 2338.68, 792.27, 1449.15, 1932.66, 2103.29, 1766.34, 2180.92, 1612.77, 1721.65, 1568.55, 1146.83,
        1213.86, 1649.32, 1297.47, 2061.33, 2072.1, 2351.75, 1490.25, 2119.95, 1196.03, 1223.1, 1530.8, 1609.34,
        1005.73, 973.15, 1639.24, 1209.15, 2029.02, 1655.5,
    ]
    static let b: [Double] = [
        1889.69, 1843.61, 2189.09, 1684.31, 2295.67, 1534.4, 1654.28, 1476.23, 2032.02, 1765.77, 1410.65, 2886.62,
        1597.9, 1699.85, 1931.23, 2708.86, 1686.27, 2086.34, 1793.76, 1213.69, 2133.17, 2258.67, 1648.09, 1743.26,
        1202.36, 1195.87, 1586.83, 2046.43, 1556.16, 1882.54,
    ]

    static func side(_ values: [Double]) -> Baseline {
        Baseline(
            groupBy: [.method],
            groups: [
                BaselineGroup(
                    key: ["image"], invocations: values.count, coldStarts: values.count,
                    initDurationsMilliseconds: values, durationsMilliseconds: [])
            ])
    }

    /// scipy 1.17.1: `bootstrap((b, a), lambda x, y: f(x) - f(y), method='BCa', n_resamples=199999)`
    /// bounds, and the standard deviation of each bound over 40 runs of 9,999 resamples.
    static let references:
        [(String, Statistic, estimate: Double, lower: Double, upper: Double, sdLower: Double, sdUpper: Double)] = [
            ("p50", .percentile(0.5), 128.50999999999976, -137.23000000000025, 361.1600000000001, 8.82, 7.12),
            ("p90", .percentile(0.9), 136.32300000000032, -140.23899999999958, 781.6639999999998, 1.93, 4.90),
            ("mean", .mean, 191.38800000000015, -5.783521971817221, 402.50294055265044, 3.20, 3.97),
        ]

    @Test(arguments: references.map(\.0))
    func intervalWithinMonteCarloErrorOfScipy(_ name: String) {
        let r = Self.references.first { $0.0 == name }!
        let settings = ComparisonSettings(
            metric: .initDuration, statistics: [(r.1, .relative(0.05))], minimumSampleSize: 10, seed: 7)
        let report = Comparator.compare(baseline: Self.side(Self.a), now: Self.side(Self.b), settings: settings)
        let change = report.groups[0].changes[0]
        #expect(abs(change.change! - r.estimate) <= 1e-9)
        let ci = change.interval!
        #expect(abs(ci.lower - r.lower) <= 4 * r.sdLower + 1e-9, "lower \(ci.lower) vs scipy \(r.lower)")
        #expect(abs(ci.upper - r.upper) <= 4 * r.sdUpper + 1e-9, "upper \(ci.upper) vs scipy \(r.upper)")
        // Each change exceeds 5 % of the baseline, but every interval includes 0: not a regression.
        #expect(change.verdict == .ok)
    }

    @Test func mannWhitneyMatchesScipy() {
        // scipy 1.17.1: mannwhitneyu(b, a, alternative='two-sided') -> U 551.0, p 0.13732283484699295.
        let settings = ComparisonSettings(metric: .initDuration, statistics: [(.percentile(0.5), nil)], resamples: 9)
        let g = Comparator.compare(baseline: Self.side(Self.a), now: Self.side(Self.b), settings: settings).groups[0]
        #expect(g.mannWhitney?.u == 551)
        #expect(abs(g.mannWhitney!.pValue - 0.13732283484699295) <= 1e-12)
        #expect(abs(g.mannWhitney!.effectSize - 0.6122222222222222) <= 1e-12)
        #expect(g.baselineCount == 30 && g.nowCount == 30)
    }
}
