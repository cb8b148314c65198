import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Per-group cost against a computation by hand (README, Definitions: Cost).
@Suite("Cost per group")
struct CostTests {
    /// f1 on arm64 (labels file): a cold start whose Billed Duration holds its init, and a warm start.
    /// f2 (architecture unknown: x86_64 prices): a cold start whose init was not billed, and a SnapStart
    /// restore with Billed Restore Duration.
    static func analysis(pricing: Pricing = Pricing()) throws -> Analysis {
        let dir = FixturePaths.temporaryDirectory()
        let f1 = [
            "START RequestId: a Version: $LATEST",
            "REPORT RequestId: a\tDuration: 100.00 ms\tBilled Duration: 2101 ms\tMemory Size: 2048 MB\tMax Memory Used: 90 MB\tInit Duration: 2000.50 ms\t",
            "START RequestId: b Version: $LATEST",
            "REPORT RequestId: b\tDuration: 10.00 ms\tBilled Duration: 10 ms\tMemory Size: 2048 MB\tMax Memory Used: 90 MB\t",
        ]
        let f2 = [
            "START RequestId: c Version: $LATEST",
            "REPORT RequestId: c\tDuration: 50.00 ms\tBilled Duration: 51 ms\tMemory Size: 512 MB\tMax Memory Used: 90 MB\tInit Duration: 300.00 ms\t",
            "START RequestId: d Version: $LATEST",
            "REPORT RequestId: d\tDuration: 19.20 ms\tBilled Duration: 20 ms\tMemory Size: 512 MB\tMax Memory Used: 90 MB\tRestore Duration: 400.00 ms\tBilled Restore Duration: 150 ms\t",
        ]
        try Data(f1.joined(separator: "\n").utf8).write(to: dir.appendingPathComponent("f1.log"))
        try Data(f2.joined(separator: "\n").utf8).write(to: dir.appendingPathComponent("f2.log"))
        var rules = LabelRules()
        rules.rules = [("f1", [.architecture: "arm64"])]
        let dataset = StreamingBuilder.build(paths: [dir.path])
        return Analyzer.analyze(dataset, labeler: Labeler(rules: rules), groupBy: [.function], pricing: pricing)
    }

    @Test("GB-seconds, the billed init, USD and USD per million invocations")
    func defaultPrices() throws {
        let groups = try Self.analysis().groups
        #expect(groups.map { $0.key.map(\.value) } == [["f1"], ["f2"]])
        let (f1, f2) = (groups[0].cost, groups[1].cost)
        // f1: (2101 + 10) ms × 2 GB; the init (2000.5 ms) was billed: 2101 ≥ 100 + 2000.5.
        expectClose(f1.gbSeconds, 4.222)
        expectClose(f1.initGbSeconds, 4.001)
        expectClose(f1.usd, 4.222 * 0.0000133334 + 2 * 0.20 / 1e6)
        expectClose(f1.usdPerMillionInvocations, 28.3468074)
        expectClose(f1.initShareOfBilled ?? .nan, 4.001 / 4.222)
        // f2: (51 + 20 + 150) ms × 0.5 GB; 51 < 50 + 300, so only the restore's 150 ms is Init.
        expectClose(f2.gbSeconds, 0.1105)
        expectClose(f2.initGbSeconds, 0.075)
        expectClose(f2.usd, 0.1105 * 0.0000166667 + 2 * 0.20 / 1e6)
        expectClose(f2.usdPerMillionInvocations, 1.120835175)
        #expect(f1.requests == 2 && f2.requests == 2)
    }

    @Test("one GB-second price for every architecture, and another request price")
    func givenPrices() throws {
        var pricing = Pricing()
        (pricing.x86GbSecond, pricing.arm64GbSecond, pricing.perMillionRequests) = (0.00001, 0.00001, 0.5)
        let groups = try Self.analysis(pricing: pricing).groups
        expectClose(groups[0].cost.usd, 4.222 * 0.00001 + 2 * 0.5 / 1e6)
        expectClose(groups[1].cost.usd, 0.1105 * 0.00001 + 2 * 0.5 / 1e6)
    }

    private func expectClose(_ a: Double, _ b: Double, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(abs(a - b) <= 1e-9 * max(1e-6, abs(b)), "\(a) != \(b)", sourceLocation: sourceLocation)
    }
}
