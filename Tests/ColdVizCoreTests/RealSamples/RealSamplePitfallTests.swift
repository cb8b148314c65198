import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Values of single records in the real samples, for the pitfalls of docs/FORMATS.md §10. Every expected
/// value is copied from the sample file (quoted in the comment next to it).
@Suite("Real samples: pitfall values")
struct RealSamplePitfallTests {
    private func read(_ files: String...) -> Dataset {
        analyzeForTest(files.map(FixturePaths.realSample)).dataset
    }

    private func invocation(_ d: Dataset, _ requestId: String) throws -> Invocation {
        try #require(d.invocations.first { $0.report.requestId.description == requestId }, "no REPORT for \(requestId)")
    }

    @Test("Init Duration before Duration, truncated request id (pitfalls 11, 14)")
    func initBeforeDuration() throws {
        // `REPORT RequestId: f8ac1208... Init Duration: 48.26 ms   Duration: 237.17 ms   Billed Duration: 300 ms
        //  Memory Size: 128 MB   Max Memory Used: 26 MB`
        let d = read("a_awsdocs-lambda-guide_runtimes-custom_example.txt")
        let r = try #require(d.invocations.first).report
        #expect(r.requestId == "f8ac1208...")
        #expect(r.initDurationMilliseconds == 48.26)
        #expect(r.durationMilliseconds == 237.17)
        #expect(r.billedDurationMilliseconds == 300)
        #expect(r.memorySizeMegabytes == 128)
        #expect(r.maxMemoryUsedMegabytes == 26)
    }

    @Test(
        "integer Init Duration 1234 in both datadog files (pitfall 12)",
        arguments: [
            "a_datadog-forwarder_test_enhanced_lambda_metrics_REPORT-lines.txt",
            "d_datadog-forwarder_test_enhanced_lambda_metrics_platform-report.jsonl",
        ])
    func integerInit(file: String) throws {
        let d = read(file)
        let cold = d.invocations.filter { $0.report.initDurationMilliseconds == 1234 }
        #expect(cold.count == 1)
        #expect(cold.first?.report.durationMilliseconds == 0.81)
        #expect(cold.first?.report.maxMemoryUsedMegabytes == 90)
    }

    @Test("a REPORT without RequestId is malformed and located (pitfall 13)")
    func malformedReport() {
        let d = read("a_datadog-forwarder_test_enhanced_lambda_metrics_REPORT-lines.txt")
        #expect(d.problems.map(\.line) == [1])  // `REPORT invalid report log line` is line 1
        #expect(d.problems.first?.file.hasSuffix("REPORT-lines.txt") == true)
    }

    @Test("SnapStart restore of 398.97 ms (java-connect-lex-chatgpt)")
    func restoreDuration() throws {
        // `REPORT RequestId: 8c360c87-… Duration: 2338.66 ms Billed Duration: 2521 ms Memory Size: 3009 MB …
        //  Restore Duration: 398.97 ms Billed Restore Duration: 182 ms`
        let d = read("a_docwho2-java-connect-lex-chatgpt_README_sam-logs-tail_SnapStart.txt")
        let inv = try invocation(d, "8c360c87-d4b7-4423-b5f3-af02be3c1763")
        #expect(inv.category == .restore)
        #expect(inv.report.restoreDurationMilliseconds == 398.97)
        #expect(inv.report.billedRestoreDurationMilliseconds == 182)
        #expect(inv.report.durationMilliseconds == 2338.66)
        #expect(inv.report.memorySizeMegabytes == 3009)
        #expect(inv.report.initDurationMilliseconds == nil)
        #expect(inv.logStream == "2023/06/02/[72]88ab219a63d343d294d0a9947e8ab36a")
    }

    @Test("console copy: 8 invocations, 6 cold, 2 restores, 2 duplicates (luketn)")
    func consoleCopy() throws {
        let d = read("a_luketn-java-lambda-best-practice_readme_console-copy_INIT_START-RESTORE.txt")
        #expect(d.invocations.count == 8)
        #expect(d.invocations.filter { $0.category == .cold }.count == 6)
        #expect(d.invocations.filter { $0.category == .restore }.count == 2)
        #expect(d.accounting.duplicates == 2)
        // Init Durations of the 6 cold REPORTs, in file order.
        #expect(
            d.invocations.compactMap(\.report.initDurationMilliseconds).sorted()
                == [1277.16, 1292.41, 1316.33, 1360.83, 1494.57, 1625.58])
        #expect(Set(d.invocations.compactMap(\.report.memorySizeMegabytes)) == [1769, 2048, 3538, 5307, 7076])
        let restore = try invocation(d, "5b321b10-9dfa-4a05-b900-c45b96303238")
        #expect(restore.report.restoreDurationMilliseconds == 789.64)
        #expect(restore.completionMilliseconds == 1_747_837_616_814)  // 2025-05-21T14:26:56.814Z
    }

    @Test("Insights memory in bytes becomes MB: 1024000000 → 1024 (pitfall 27)")
    func insightsBytes() throws {
        let d = read("e_ZainZia0341-Lambda-Artillery-loadTest_2025-08-18_17-41-30Z_lambda-insights_pwsh-flattened.json")
        #expect(d.invocations.count == 6)
        #expect(d.invocations.allSatisfy { $0.report.memorySizeMegabytes == 1024 })
        // `@maxMemoryUsed` 119000000, 118000000, 119000000, 118000000, 120000000, 120000000.
        #expect(d.invocations.compactMap(\.report.maxMemoryUsedMegabytes).sorted() == [118, 118, 119, 119, 120, 120])
        let first = try invocation(d, "8ca81024-28c6-4e98-8c38-940817944cc8")
        #expect(first.report.initDurationMilliseconds == 1068.21)
        #expect(first.report.durationMilliseconds == 3638.64)
        // `@initDuration` null on the two warm rows.
        #expect(try invocation(d, "d148044c-fd71-4a1b-a023-096f8da948f4").report.initDurationMilliseconds == nil)
    }

    @Test("the 3 rows of the --output table file are read as application fields (pitfall 33)")
    func outputTable() {
        let d = read("e_mcnamarabrian-pycon2024_README-LOGGING_get-query-results_output-table.txt")
        #expect(d.accounting.events == 3)
        #expect(d.accounting.ignoredByReason[IgnoredReason.structuredApplicationLog.rawValue] == 3)
        #expect(d.accounting.malformed == 0)
        #expect(d.fileErrors == 0)
    }
}
