import ColdVizCore
import ColdVizStats
import ColdVizTestSupport
import Testing

/// Bursts, deployments, proactive inits and cost on a fixture whose every case was placed by
/// scripts/conclusions_reference.py; expected values computed there with numpy and pandas
/// (``ConclusionsReference``), never by coldviz.
@Suite("Bursts, deployments, proactive inits and cost against numpy")
struct ConclusionsTests {
    static let logs = FixturePaths.fixture("conclusions/logs")

    /// The labeler with the reference's deployments given as `FUNCTION=TIME`, as `--deployed-at` takes them.
    static var labeler: Labeler {
        var labeler = Labeler()
        labeler.time.deployments = ConclusionsReference.deployments.map {
            Deployment.parse("\($0.function)=\($0.iso8601)", origin: .flag)!
        }
        return labeler
    }

    static func analyze(_ paths: [String], labeler: Labeler, by: [Dimension]) -> Analysis {
        Analyzer.analyze(StreamingBuilder.build(paths: paths), labeler: labeler, groupBy: by)
    }

    @Test("totals: proactive inits leave the cold starts")
    func totals() {
        let dataset = StreamingBuilder.build(paths: [Self.logs])
        #expect(dataset.invocations.count == ConclusionsReference.totals.invocations)
        #expect(dataset.count(.cold) == ConclusionsReference.totals.coldStarts)
        #expect(dataset.count(.proactive) == ConclusionsReference.totals.proactiveInits)
        #expect(dataset.preinitialisedEnvironments == ConclusionsReference.totals.proactiveInits)
        #expect(dataset.accounting.malformed == 0)
    }

    @Test("per method and burst: counts, Init Duration percentiles and cost equal numpy's")
    func byMethodBurst() {
        let analysis = Self.analyze([Self.logs], labeler: Self.labeler, by: [.method, .burst])
        Self.expectGroups(analysis, ConclusionsReference.byMethodBurst)
    }

    @Test("per method and deploy phase: counts, Init Duration percentiles and cost equal numpy's")
    func byMethodDeploy() {
        let analysis = Self.analyze([Self.logs], labeler: Self.labeler, by: [.method, .deploy])
        Self.expectGroups(analysis, ConclusionsReference.byMethodDeploy)
    }

    @Test("the same deployments read from the CloudTrail lookup-events export give the same deploy phases")
    func byMethodDeployFromCloudTrail() {
        let trail = FixturePaths.fixture("conclusions/cloudtrail-lookup-events.json")
        let analysis = Self.analyze([Self.logs, trail], labeler: Labeler(), by: [.method, .deploy])
        #expect(analysis.dataset.deployments.count == ConclusionsReference.deployments.count)
        Self.expectGroups(analysis, ConclusionsReference.byMethodDeploy)
    }

    @Test("a longer proactive gap turns the proactive inits below it back into cold starts")
    func proactiveGap() {
        var options = IngestOptions()
        // Of the four proactive inits one ended 1000.37 ms before its START, the others minutes before.
        options.proactiveGapMilliseconds = 1001
        let dataset = StreamingBuilder.build(paths: [Self.logs], options: options)
        #expect(dataset.count(.proactive) == ConclusionsReference.totals.proactiveInits - 1)
        #expect(dataset.count(.cold) == ConclusionsReference.totals.coldStarts + 1)
    }

    static func expectGroups(
        _ analysis: Analysis, _ expected: [ConclusionsReference.Group], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let keys = analysis.groups.map { $0.key.map(\.value).joined(separator: " / ") }
        #expect(keys == expected.map(\.key), sourceLocation: sourceLocation)
        for (g, e) in zip(analysis.groups, expected) {
            #expect(g.invocations == e.invocations, "\(e.key)", sourceLocation: sourceLocation)
            #expect(g.coldStarts == e.coldStarts, "\(e.key)", sourceLocation: sourceLocation)
            #expect(g.proactiveInits == e.proactiveInits, "\(e.key)", sourceLocation: sourceLocation)
            #expect(g.warmStarts == e.warmStarts, "\(e.key)", sourceLocation: sourceLocation)
            expectStats(g.initDuration, e.initDuration, "\(e.key) initDuration", sourceLocation)
            expectStats(g.proactiveInitDuration, e.proactiveInitDuration, "\(e.key) proactiveInitDuration", sourceLocation)
            expectClose(g.cost.gbSeconds, e.gbSeconds, "\(e.key) gbSeconds", sourceLocation)
            expectClose(g.cost.initGbSeconds, e.initGbSeconds, "\(e.key) initGbSeconds", sourceLocation)
            expectClose(g.cost.usd, e.usd, "\(e.key) usd", sourceLocation)
            expectClose(g.cost.usdPerMillionInvocations, e.usdPerMillionInvocations, "\(e.key) usd/1M", sourceLocation)
            #expect(g.cost.requests == e.invocations, "\(e.key)", sourceLocation: sourceLocation)
        }
    }

    static func expectStats(
        _ s: Summary?, _ e: ConclusionsReference.Stats?, _ what: String, _ sourceLocation: Testing.SourceLocation
    ) {
        guard let e else {
            #expect(s == nil, "\(what) should be empty", sourceLocation: sourceLocation)
            return
        }
        guard let s else {
            Issue.record("\(what) is missing", sourceLocation: sourceLocation)
            return
        }
        #expect(s.count == e.count, "\(what) count", sourceLocation: sourceLocation)
        expectClose(s.mean, e.mean, "\(what) mean", sourceLocation)
        expectClose(s.min, e.min, "\(what) min", sourceLocation)
        expectClose(s.max, e.max, "\(what) max", sourceLocation)
        for (p, v) in [(0.5, e.p50), (0.9, e.p90), (0.95, e.p95), (0.99, e.p99)] {
            expectClose(s.percentile(p)?.value ?? .nan, v, "\(what) p\(p * 100)", sourceLocation)
        }
    }

    /// Equal to 1e-9 relative (sums may be added in another order than numpy's).
    static func expectClose(_ a: Double, _ b: Double, _ what: String, _ sourceLocation: Testing.SourceLocation) {
        #expect(abs(a - b) <= 1e-9 * max(1, abs(b)), "\(what): \(a) != \(b)", sourceLocation: sourceLocation)
    }
}
