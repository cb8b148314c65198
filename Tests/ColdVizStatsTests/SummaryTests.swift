import Testing

@testable import ColdVizStats

@Suite("Summary against numpy")
struct SummaryTests {
    @Test("count, min, mean, sd(ddof=1), max and percentiles", arguments: datasetIDs)
    func matchesNumpy(id: String) throws {
        let values = Reference.dataset(id)
        let expected = try #require(Reference.summaries[id])
        let summary = try #require(Summary(values: values, probabilities: Reference.probabilities))
        #expect(summary.count == expected.count)
        #expect(summary.min == expected.min)
        #expect(summary.max == expected.max)
        expectClose(summary.mean, expected.mean, relative: 1e-14)
        if let sd = expected.sd {
            expectClose(try #require(summary.standardDeviation), sd, relative: 1e-12)
        } else {
            #expect(summary.standardDeviation == nil)
        }
        let quantiles = try #require(Reference.quantiles[id])
        #expect(summary.percentiles.map(\.probability) == Reference.probabilities)
        expectClose(summary.percentiles.map(\.value), quantiles, relative: 1e-15)
    }

    @Test("empty input gives nil")
    func empty() {
        #expect(Summary(values: []) == nil)
    }

    @Test("default percentiles are p50, p90, p95, p99, flagged below 20, 100, 200, 1000 values")
    func lowSampleFlags() throws {
        let pooled = Reference.dataset("python3-zip-pooled")  // 480 values
        let summary = try #require(Summary(values: pooled))
        #expect(summary.percentiles.map(\.probability) == [0.5, 0.9, 0.95, 0.99])
        #expect(summary.percentiles.map(\.isLowSample) == [false, false, false, true])
        let ten = try #require(Summary(values: Reference.dataset("cpp11-zip-512-x86")))
        #expect(ten.percentiles.map(\.isLowSample) == [true, true, true, true])
        let hundred = try #require(Summary(values: Array(pooled.prefix(100))))
        #expect(hundred.percentiles.map(\.isLowSample) == [false, false, true, true])
    }

    @Test("percentile(_:) finds a requested probability and only that")
    func lookup() throws {
        let summary = try #require(Summary(values: Reference.dataset("java21-zip-256-x86")))
        let p90 = try #require(summary.percentile(0.9))
        // np.quantile(java21, 0.9)
        expectClose(p90.value, try #require(Reference.quantiles["java21-zip-256-x86"])[4])
        #expect(summary.percentile(0.8) == nil)
    }
}
