import ColdVizCore
import ColdVizStats
import ColdVizTestSupport
import Testing

/// The gate on the bundled experiment: a real regression fails, noise passes, small groups are
/// insufficient.
@Suite("Regression gate on fixture data")
struct RegressionGateTests {
    static let baseline: Baseline = {
        let dataset = DatasetBuilder.build(Ingestor.ingest(paths: [FixturePaths.fixture("experiment/formats/s3-export")]))
        return Baseline(dataset: dataset, labeler: Labeler(), groupBy: [.method])
    }()

    static func settings(minimum: Int? = nil, resamples: Int = 1_999, seed: UInt64 = 1) -> ComparisonSettings {
        ComparisonSettings(
            metric: .initDuration, statistics: try! Threshold.parseList("p95=10%,p50=5%").map { ($0.0, $0.1) },
            minimumSampleSize: minimum, seed: seed, resamples: resamples)
    }

    /// `baseline` with the image group's init durations replaced by `transform(values)`.
    static func withImage(_ transform: ([Double]) -> [Double]) -> Baseline {
        var b = baseline
        let i = b.groups.firstIndex { $0.key == ["image"] }!
        b.groups[i].initDurationsMilliseconds = transform(b.groups[i].initDurationsMilliseconds)
        b.groups[i].coldStarts = b.groups[i].initDurationsMilliseconds.count
        return b
    }

    @Test func fixtureHasThreeMethodGroupsOf120ColdStarts() {
        #expect(Self.baseline.groups.map(\.key) == [["image"], ["zip"], ["zip_layers"]])
        #expect(Self.baseline.groups.map(\.coldStarts) == [120, 120, 120])
    }

    /// Init durations of `group` scaled by `factor`.
    static func scaled(_ group: String, by factor: Double) -> Baseline {
        var b = baseline
        let i = b.groups.firstIndex { $0.key == [group] }!
        b.groups[i].initDurationsMilliseconds = b.groups[i].initDurationsMilliseconds.map { $0 * factor }
        return b
    }

    @Test func imageP95ThirtyPercentWorseRegressesWhenP95IsTested() {
        let report = Comparator.compare(
            baseline: Self.baseline, now: Self.scaled("image", by: 1.3), settings: Self.settings(minimum: 100))
        let image = report.groups[0]
        #expect(image.verdict == .regressed)
        // The image median sits at the top edge of its fast mode (80 of 120 values), so its
        // interval is wide and includes 0 (scipy 1.17.1's BCa on the same data: [-944, 3331]).
        #expect(image.changes.map(\.verdict) == [.regressed, .ok])
        #expect(abs(image.changes[0].relativeChange! - 0.3) < 1e-9)
        #expect(image.changes[0].interval!.lower > 0)
        // scipy 1.17.1 bootstrap BCa of p95(1.3 image) - p95(image): [2244, 3259].
        #expect(abs(image.changes[0].interval!.lower - 2244) < 150 && abs(image.changes[0].interval!.upper - 3259) < 150)
        #expect(report.groups[1...].allSatisfy { $0.verdict == .ok })
        #expect(!report.passes(failOnInsufficient: false))
    }

    @Test func byDefaultP95NeedsTwoHundredValues() {
        let report = Comparator.compare(baseline: Self.baseline, now: Self.scaled("image", by: 1.3), settings: Self.settings())
        let image = report.groups[0]
        #expect(image.changes[0].minimumSampleSize == 200)
        #expect(image.changes.map(\.verdict) == [.insufficient, .ok])
        #expect(image.verdict == .insufficient)
        #expect(report.passes(failOnInsufficient: false))
        #expect(!report.passes(failOnInsufficient: true))
    }

    @Test func zipThirtyPercentSlowerRegressesOnItsMedian() {
        let report = Comparator.compare(baseline: Self.baseline, now: Self.scaled("zip", by: 1.3), settings: Self.settings())
        #expect(report.groups[1].changes.map(\.verdict) == [.insufficient, .regressed])
        #expect(report.groups.map(\.verdict) == [.insufficient, .regressed, .insufficient])
        #expect(report.groups[1].mannWhitney!.pValue < 1e-6)
    }

    @Test func identicalDataPasses() {
        let report = Comparator.compare(baseline: Self.baseline, now: Self.baseline, settings: Self.settings(minimum: 100))
        #expect(report.groups.allSatisfy { $0.verdict == .ok })
        #expect(report.groups.allSatisfy { $0.mannWhitney?.pValue == 1 && $0.mannWhitney?.effectSize == 0.5 })
        #expect(report.passes(failOnInsufficient: true))
    }

    /// A fresh sample from the same distribution: each group's values resampled with replacement.
    static func resampled(seed: UInt64) -> Baseline {
        var generator = SeededGenerator(seed: seed)
        var b = baseline
        for i in b.groups.indices {
            let v = b.groups[i].initDurationsMilliseconds
            b.groups[i].initDurationsMilliseconds = v.indices.map { _ in v[generator.nextIndex(below: v.count)] }
        }
        return b
    }

    @Test func freshSampleFromTheSameDistributionPasses() {
        let report = Comparator.compare(
            baseline: Self.baseline, now: Self.resampled(seed: 42), settings: Self.settings(minimum: 100))
        #expect(report.passes(failOnInsufficient: true))
    }

    /// Over 200 fresh samples, the gate (3 groups, p50 and p95, all tested with --min-samples 100)
    /// fails at most about 1 - confidence of the time. 499 resamples per interval instead of
    /// 9,999 keep the test fast (the bootstrap is O(B n)); the intervals are coarser, not biased.
    @Test func falseAlarmRateOverManySeedsStaysBelowOneMinusConfidence() {
        var failures = 0
        let runs = 200
        for seed in 1...UInt64(runs) {
            let report = Comparator.compare(
                baseline: Self.baseline, now: Self.resampled(seed: seed * 7919),
                settings: Self.settings(minimum: 100, resamples: 499, seed: seed))
            if report.hasRegression { failures += 1 }
        }
        #expect(Double(failures) / Double(runs) <= 0.05, "\(failures) false alarms in \(runs) runs")
    }

    @Test func fiveSamplesAreInsufficientNotPassOrFail() {
        let now = Self.withImage { Array($0.prefix(5)).map { $0 * 2 } }
        let report = Comparator.compare(baseline: Self.baseline, now: now, settings: Self.settings())
        #expect(report.groups[0].verdict == .insufficient)
        #expect(report.groups[0].nowCount == 5)
        #expect(report.groups[0].changes.allSatisfy { $0.verdict == .insufficient })
        #expect(report.passes(failOnInsufficient: false))
        #expect(!report.passes(failOnInsufficient: true))
        // With --min-samples 10, five values are still too few.
        let strict = Comparator.compare(baseline: Self.baseline, now: now, settings: Self.settings(minimum: 10))
        #expect(strict.groups[0].verdict == .insufficient)
    }

    @Test func groupsOnOneSideAreListed() {
        var now = Self.baseline
        now.groups.removeFirst()
        now.groups.append(
            BaselineGroup(
                key: ["zip_v2"], invocations: 3, coldStarts: 1, initDurationsMilliseconds: [2000],
                durationsMilliseconds: [1, 2, 3]))
        let report = Comparator.compare(baseline: Self.baseline, now: now, settings: Self.settings(resamples: 99))
        #expect(report.groups.map(\.key) == [["image"], ["zip"], ["zip_layers"], ["zip_v2"]])
        #expect(report.groups.map(\.verdict) == [.onlyInBaseline, .insufficient, .insufficient, .onlyNow])
        #expect(report.groups[0].mannWhitney == nil)
        #expect(report.passes(failOnInsufficient: false))
    }

    @Test func moreColdStartsRegressTheRate() {
        var now = Self.baseline
        now.groups[1].coldStarts += 60  // zip: 120 -> 180 cold starts of 340 invocations
        now.groups[1].initDurationsMilliseconds += Array(now.groups[1].initDurationsMilliseconds.prefix(60))
        let settings = ComparisonSettings(metric: .coldStartRate, statistics: [(.mean, .absolute(0.02))], resamples: 999)
        let report = Comparator.compare(baseline: Self.baseline, now: now, settings: settings)
        #expect(report.groups.map(\.verdict) == [.ok, .regressed, .ok])
        let zip = report.groups[1].changes[0]
        #expect(abs(zip.change! - 60.0 / Double(now.groups[1].invocations)) < 1e-12)
        #expect(report.groups[1].baselineCount == now.groups[1].invocations)
    }

    @Test func durationMetricUsesAllInvocations() {
        let settings = ComparisonSettings(metric: .duration, statistics: [(.percentile(0.5), .relative(0.05))], resamples: 99)
        let report = Comparator.compare(baseline: Self.baseline, now: Self.baseline, settings: settings)
        #expect(report.groups.map(\.baselineCount).reduce(0, +) == 1_028)
    }
}
