import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

@Suite("Baseline file: round trip, schema, errors")
struct BaselineTests {
    static let built = RegressionGateTests.baseline

    static func parse(_ text: String) throws(RegressionError) -> Baseline {
        try Baseline(bytes: Array(text.utf8), path: "b.json")
    }

    @Test func roundTripKeepsGroupsCountsAndSamples() throws {
        let text = Self.built.renderJSON()
        let read = try Self.parse(text)
        #expect(read.groupBy == [.method])
        #expect(read.probabilities == [0.5, 0.9, 0.95, 0.99])
        #expect(read.groups.map(\.key) == Self.built.groups.map(\.key))
        for (r, b) in zip(read.groups, Self.built.groups) {
            #expect(r.invocations == b.invocations && r.coldStarts == b.coldStarts)
            // The logs print two decimals, so rounding to two decimals loses nothing.
            #expect(r.initDurationsMilliseconds == b.initDurationsMilliseconds)
            #expect(r.durationsMilliseconds == b.durationsMilliseconds)
        }
        // Written again without the analyze statistics, the samples are the same bytes.
        let again = try Self.parse(read.renderJSON())
        #expect(again.groups.map(\.initDurationsMilliseconds) == read.groups.map(\.initDurationsMilliseconds))
    }

    @Test func fileCarriesAnalyzeStatisticsAndCompactSamples() throws {
        let text = Self.built.renderJSON()
        #expect(text.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"format\": \"coldviz-baseline\","))
        #expect(text.contains("\"lowSample\": ["))
        #expect(text.contains("\"sampleDecimals\": 2"))
        // numpy 2.4.6: np.percentile(image init durations, 50) = 1630.775 (type 7).
        #expect(text.contains("\"p50\": 1630.775"))
        let samplesLine = text.split(separator: "\n").first { $0.contains("\"initDuration\": [") }!
        #expect(samplesLine.split(separator: ",").count == 120)
    }

    @Test func committedFixtureBaselineMatchesTheExperiment() throws {
        let committed = try Baseline(contentsOf: FixturePaths.fixture("baseline.json"))
        #expect(committed.groupBy == Self.built.groupBy)
        #expect(committed.groups.map(\.initDurationsMilliseconds) == Self.built.groups.map(\.initDurationsMilliseconds))
        #expect(committed.groups.map(\.invocations) == Self.built.groups.map(\.invocations))
    }

    @Test func regroupingMergesSamples() throws {
        let dataset = DatasetBuilder.build(Ingestor.ingest(paths: [FixturePaths.fixture("experiment/formats/s3-export")]))
        let fine = Baseline(dataset: dataset, labeler: Labeler())
        #expect(fine.groupBy == [.method, .python, .memory])
        #expect(fine.groups.count == 24)
        let coarse = try fine.regrouped(by: [.method])
        #expect(coarse.groups.map(\.key) == Self.built.groups.map(\.key))
        #expect(
            coarse.groups.map { $0.initDurationsMilliseconds.sorted() }
                == Self.built.groups.map { $0.initDurationsMilliseconds.sorted() })
        #expect(throws: RegressionError.groupingNotInBaseline(asked: [.function], baseline: [.method])) {
            try Self.built.regrouped(by: [.function])
        }
    }

    @Test(arguments: [
        ("[1, 2]", "is not a usable coldviz baseline: `format` must be \"coldviz-baseline\""),
        ("{\"format\": \"coldviz-baseline\", \"schemaVersion\": 2}", "`schemaVersion` must be 1, not number(2.0)"),
        (
            "{\"format\": \"coldviz-baseline\", \"schemaVersion\": 1, \"groupBy\": [\"colour\"], \"groups\": []}",
            "`groupBy` holds"
        ),
        (
            "{\"format\": \"coldviz-baseline\", \"schemaVersion\": 1, \"groupBy\": [\"method\"], \"groups\": [{\"key\": {\"method\": \"zip\"}, \"invocations\": 2, \"coldStarts\": 1, \"samples\": {\"initDuration\": [1, 2], \"duration\": []}}]}",
            "groups[0] has 1 coldStarts but 2 init durations"
        ),
        (
            // Found by the baseline fuzz target: a count beyond Int's range trapped in `Int(_:)`.
            "{\"format\": \"coldviz-baseline\", \"schemaVersion\": 1, \"groupBy\": [\"method\"], \"groups\": [{\"key\": {\"method\": \"zip\"}, \"invocations\": 2, \"coldStarts\": 120444444444444444444444, \"samples\": {\"initDuration\": [1], \"duration\": []}}]}",
            "groups[0].coldStarts must be a whole number of at least 0"
        ),
        ("{\"format\": \"coldviz-baseline\"", "not valid JSON"),
    ])
    func badFilesSayWhatIsWrong(_ text: String, _ message: String) {
        do {
            _ = try Self.parse(text)
            Issue.record("parsed \(text)")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
            #expect(error.description.hasPrefix("b.json"))
        }
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: RegressionError.unreadableBaseline(path: "/nonexistent/b.json", reason: "no such file")) {
            try Baseline(contentsOf: "/nonexistent/b.json")
        }
    }
}
