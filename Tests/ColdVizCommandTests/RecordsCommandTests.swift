import ColdVizTestSupport
import Foundation
import Testing

/// The case: `coldviz export logs --format csv -o rec.csv`, then `coldviz analyze rec.csv`.
@Suite("records read back by the commands")
struct RecordsCommandTests {
    @Test("analyze of an export prints the statistics of the logs it came from")
    func exportThenAnalyze() throws {
        let logs = ColdVizProcess.experimentText
        let rec = FixturePaths.temporaryDirectory().appendingPathComponent("rec.csv").path
        let exported = try ColdVizProcess.run(["export", logs, "--format", "csv", "-o", rec])
        #expect(exported.status == 0, "\(exported.stderr)")
        let fromLogs = try ColdVizProcess.run(["analyze", logs, "--format", "csv"])
        let fromRecords = try ColdVizProcess.run(["analyze", rec, "--format", "csv"])
        #expect(fromRecords.status == 0, "\(fromRecords.stderr)")
        #expect(fromRecords.stdout == fromLogs.stdout)
        let table = try ColdVizProcess.run(["analyze", rec])
        #expect(table.stdout.contains("REPORT records: 1028 (cold 360, warm 668"))
        #expect(table.stdout.contains("header rows of record exports 1"))
    }
}
