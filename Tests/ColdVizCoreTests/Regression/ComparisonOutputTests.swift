import Testing

@testable import ColdVizCore

@Suite("check and compare renderings")
struct ComparisonOutputTests {
    static let report: ComparisonReport = {
        let a = ComparatorReferenceTests.a, b = ComparatorReferenceTests.b
        let before = Baseline(
            groupBy: [.method],
            groups: [
                BaselineGroup(
                    key: ["image"], invocations: 30, coldStarts: 30, initDurationsMilliseconds: a, durationsMilliseconds: []),
                BaselineGroup(
                    key: ["zip"], invocations: 30, coldStarts: 30, initDurationsMilliseconds: a, durationsMilliseconds: []),
                BaselineGroup(
                    key: ["old"], invocations: 1, coldStarts: 1, initDurationsMilliseconds: [5], durationsMilliseconds: []),
            ])
        let after = Baseline(
            groupBy: [.method],
            groups: [
                BaselineGroup(
                    key: ["image"], invocations: 30, coldStarts: 30, initDurationsMilliseconds: b, durationsMilliseconds: []),
                BaselineGroup(
                    key: ["zip"], invocations: 30, coldStarts: 30, initDurationsMilliseconds: a.map { $0 * 1.5 },
                    durationsMilliseconds: []),
            ])
        let settings = ComparisonSettings(
            metric: .initDuration, statistics: [(.percentile(0.5), .relative(0.05))], seed: 11, resamples: 999)
        return Comparator.compare(baseline: before, now: after, settings: settings)
    }()

    @Test func markdownIsAPullRequestTable() {
        let md = ComparisonTables.check.renderMarkdown(Self.report)
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines[0]
                == "### ❌ coldviz check FAIL: 3 groups: 1 regressed, 1 ok, 1 only-in-baseline (Init Duration (ms) of cold starts, by method)"
        )
        #expect(
            lines[2]
                == "| method | stat | n baseline→now | baseline | now | change | 95% CI of change | max | MW p | P(now>baseline) | verdict |"
        )
        #expect(lines[3] == "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        // Medians from numpy 2.4.6: np.percentile(a, 50) = 1626.005, np.percentile(b, 50) = 1754.5149999999999;
        // scipy 1.17.1 mannwhitneyu(b, a): p = 0.1373, U/900 = 0.61; (1.5 a, a): p = 2.9e-6, U/900 = 0.85.
        #expect(lines[4].hasPrefix("| image | p50 | 30→30 | 1,626 | 1,755 | +129 (+7.9%) | [−"))
        #expect(lines[4].hasSuffix(" | +5% | 0.137 | 0.61 | ok |"))
        #expect(lines[5] == "| old | — | 1→0 |  |  |  |  |  |  |  | only-in-baseline |")
        #expect(lines[6].hasPrefix("| zip | p50 | 30→30 | 1,626 | 2,439 | +813 (+50.0%) | [+"))
        #expect(lines[6].hasSuffix(" | +5% | <0.001 | 0.85 | regressed |"))
        #expect(md.contains("- change = now − baseline; interval: 95% BCa bootstrap of the difference, 999 resamples, seed 11."))
    }

    @Test func compareTableHasNoVerdicts() {
        let tables = ComparisonTables(beforeName: "A", afterName: "B", showsVerdicts: false)
        let text = tables.renderTable(Self.report)
        #expect(text.hasPrefix("Compared 3 groups by method: Init Duration (ms) of cold starts, A → B\n"))
        #expect(!text.contains("regressed") && !text.contains("verdict"))
        #expect(text.contains("only in A"))
        #expect(text.contains("P(B>A)"))
    }

    @Test func jsonCarriesEveryNumber() throws {
        let json = ComparisonJSON.render(Self.report, format: "coldviz-check", passed: false)
        let value = try Array(json.utf8).withUnsafeBytes { b in
            var s = JSONScanner(b); return try s.readValue()
        }
        #expect(value["passed"]?.boolValue == false)
        #expect(value["seed"]?.stringValue == "11")
        #expect(value["summary", "regressed"]?.doubleValue == 1)
        let image = value["groups"]?.arrayValue?[0]
        #expect(image?["statistics"]?.arrayValue?[0]["baseline"]?.doubleValue == 1626.005)
        #expect(image?["statistics"]?.arrayValue?[0]["now"]?.doubleValue == 1754.5149999999999)
        #expect(image?["mannWhitney", "u"]?.doubleValue == 551)
        #expect(value["groups"]?.arrayValue?[1]["mannWhitney"]?.isNull == true)
    }
}
