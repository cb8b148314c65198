import ColdVizCore
import ColdVizStats
import Testing

@Suite("--max-increase parsing")
struct ThresholdTests {
    @Test func defaultListParsesInOrder() throws {
        let list = try Threshold.parseList("p95=10%,p50=5%")
        #expect(list.map(\.0) == [.percentile(0.95), .percentile(0.5)])
        #expect(list.map(\.1) == [.relative(0.10), .relative(0.05)])
    }

    @Test(arguments: [
        ("p99.9=50ms", Statistic.percentile(0.999), Threshold.absolute(50)),
        ("rate=2pp", .mean, .absolute(0.02)), ("mean=0", .mean, .absolute(0)),
    ])
    func oneItem(_ text: String, _ statistic: Statistic, _ threshold: Threshold) throws {
        let list = try Threshold.parseList(text)
        #expect(list.count == 1 && list[0].0 == statistic && list[0].1 == threshold)
    }

    @Test(arguments: ["p95", "p95=-1%", "p100=5%", "q50=5%", "p50=5%,p50=6%", "", "p50=fast"])
    func badItemsAreRejected(_ text: String) {
        #expect(throws: RegressionError.self) { try Threshold.parseList(text) }
    }

    @Test func relativeAndAbsoluteDecisions() {
        #expect(Threshold.relative(0.1).isExceeded(change: 10.01, baseline: 100))
        #expect(!Threshold.relative(0.1).isExceeded(change: 10, baseline: 100))
        #expect(Threshold.absolute(50).isExceeded(change: 50.5, baseline: 1))
        #expect(!Threshold.absolute(50).isExceeded(change: -80, baseline: 1))
    }
}
