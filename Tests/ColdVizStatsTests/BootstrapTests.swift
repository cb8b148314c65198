import Testing

@testable import ColdVizStats

@Suite("Bootstrap BCa against scipy.stats.bootstrap")
struct BootstrapTests {
    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
    static func median(_ values: [Double]) -> Double {
        Quantile.type7(sorted: values.sorted(), probability: 0.5)
    }
    static func p90(_ values: [Double]) -> Double {
        Quantile.type7(sorted: values.sorted(), probability: 0.9)
    }

    @Test("two-sample acceleration, probabilities and interval match scipy's _bca_interval")
    func bcaTwoSample() {
        let reference = Reference.bcaTwoSampleMeanDifference
        let a = Reference.dataset("python312-zip-128-x86")
        let b = Reference.dataset("cpp11-zip-512-x86")
        let acceleration = BCa.acceleration(jackknife: [
            BCa.jackknife(a) { Self.mean($0) - Self.mean(b) },
            BCa.jackknife(b) { Self.mean(a) - Self.mean($0) },
        ])
        expectClose(acceleration, reference.acceleration, relative: 1e-9)
        checkInterval(reference, acceleration: acceleration)
    }

    @Test("one-sample acceleration, probabilities and interval match scipy's _bca_interval")
    func bcaOneSample() {
        let reference = Reference.bcaOneSampleMedian
        let sample = Reference.dataset("java21-zip-256-x86")
        let acceleration = BCa.acceleration(jackknife: [BCa.jackknife(sample, Self.median)])
        expectClose(acceleration, reference.acceleration, relative: 1e-9)
        checkInterval(reference, acceleration: acceleration)
    }

    private func checkInterval(
        _ reference: (
            estimate: Double, replicates: [Double], acceleration: Double, alpha1: Double,
            alpha2: Double, lower: Double, upper: Double
        ),
        acceleration: Double, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let probabilities = BCa.probabilities(
            estimate: reference.estimate, replicates: reference.replicates,
            acceleration: acceleration, confidence: 0.95)
        expectClose(
            probabilities.lower, reference.alpha1, relative: 1e-9, sourceLocation: sourceLocation)
        expectClose(
            probabilities.upper, reference.alpha2, relative: 1e-9, sourceLocation: sourceLocation)
        let interval = BCa.interval(
            estimate: reference.estimate, replicates: reference.replicates,
            acceleration: acceleration, confidence: 0.95)
        expectClose(interval.lower, reference.lower, relative: 1e-9, sourceLocation: sourceLocation)
        expectClose(interval.upper, reference.upper, relative: 1e-9, sourceLocation: sourceLocation)
    }

    /// Each bound must lie within 4 standard deviations of scipy's Monte Carlo spread (40 runs of
    /// 9,999 resamples) around scipy's 199,999-resample interval, plus 1e-9 relative.
    @Test(
        "end to end, 9,999 resamples, within Monte Carlo error of scipy",
        arguments: Reference.bootstrap.map(\.key))
    func endToEnd(id: String) throws {
        let expected = try #require(Reference.bootstrap.first { $0.key == id }).value
        let interval = Self.interval(id, seed: 42)
        #expect(interval.confidence == 0.95)
        expectClose(
            interval.lower, expected.lower, relative: 1e-9, absolute: 4 * expected.lowerSD, "lower")
        expectClose(
            interval.upper, expected.upper, relative: 1e-9, absolute: 4 * expected.upperSD, "upper")
    }

    @Test("a seed fixes the interval; another seed moves it")
    func determinism() {
        let first = Self.interval("mean difference python312 - cpp11", seed: 7)
        let again = Self.interval("mean difference python312 - cpp11", seed: 7)
        let other = Self.interval("mean difference python312 - cpp11", seed: 8)
        #expect(first == again)
        #expect(first.lower != other.lower || first.upper != other.upper)
        #expect(first.estimate == other.estimate)
    }

    @Test("degenerate samples: constant gives a point, one value gives NaN bounds")
    func degenerate() {
        let constant = Bootstrap.interval(
            [7, 7, 7, 7], statistic: Self.mean, resamples: 99, seed: 1)
        #expect(constant.lower == 7 && constant.upper == 7 && constant.estimate == 7)
        let single = Bootstrap.differenceInterval([3], [1, 2], statistic: Self.mean, seed: 1)
        #expect(single.lower.isNaN && single.upper.isNaN)
        #expect(single.estimate == 1.5)
        let empty = Bootstrap.interval([], statistic: Self.mean, seed: 1)
        #expect(empty.lower.isNaN && empty.estimate.isNaN)
    }

    static func interval(_ id: String, seed: UInt64) -> ConfidenceInterval {
        let cpp = Reference.dataset("cpp11-zip-512-x86")
        let python = Reference.dataset("python312-zip-128-x86")
        let java = Reference.dataset("java21-zip-256-x86")
        switch id {
        case "mean difference python312 - cpp11":
            return Bootstrap.differenceInterval(python, cpp, statistic: mean, seed: seed)
        case "median difference java21 - python312":
            return Bootstrap.differenceInterval(java, python, statistic: median, seed: seed)
        case "median of pooled python zip":
            return Bootstrap.interval(
                Reference.dataset("python3-zip-pooled"), statistic: median, seed: seed)
        case "p90 of cpp11":
            return Bootstrap.interval(cpp, statistic: p90, seed: seed)
        default:
            Issue.record("unknown bootstrap case \(id)")
            return ConfidenceInterval(lower: .nan, upper: .nan, confidence: 0, estimate: .nan)
        }
    }
}
