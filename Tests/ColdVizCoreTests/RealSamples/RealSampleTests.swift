import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Every bundled real sample read alone: the counts a person gets by reading the file (RealSampleRows).
@Suite("Real samples: counts per file")
struct RealSampleTests {
    @Test("every a_ to f_ sample has a row")
    func everySampleHasARow() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: FixturePaths.fixture("realdata"))
        let samples = Set(names.filter { $0.first.map { "abcdef".contains($0) } == true && $0.dropFirst().first == "_" })
        let rows = RealSampleRow.all.map(\.file)
        #expect(samples.count == 61)
        #expect(Set(rows) == samples)
        #expect(rows.count == Set(rows).count, "a file has two rows")
    }

    @Test("counts and accounting", arguments: RealSampleRow.all)
    func counts(_ row: RealSampleRow) {
        let dataset = analyzeForTest([FixturePaths.realSample(row.file)]).dataset
        let a = dataset.accounting
        #expect(a.events == row.events, "events")
        #expect(a.reports == row.reports, "REPORT records")
        #expect(dataset.invocations.count == row.reports, "invocations")
        #expect(dataset.initFailures.count == row.initFailures, "init failures")
        #expect(a.malformed == row.malformed, "malformed")
        #expect(a.duplicates == row.duplicates, "duplicates")
        #expect(a.isReconciled)
        #expect(a.events == a.records + a.ignored + a.malformed + a.duplicates)
        #expect(dataset.invocations.filter { $0.report.initDurationMilliseconds != nil }.count == row.cold, "with Init Duration")
        func count(_ c: StartCategory) -> Int { dataset.invocations.filter { $0.category == c }.count }
        withKnownIssue(Comment(rawValue: row.knownIssue ?? "")) {
            #expect(count(.cold) == row.cold - row.proactive, "cold starts")
            #expect(count(.proactive) == row.proactive, "proactive initialisations")
            #expect(count(.suppressedInit) == row.suppressed, "suppressed-init cold starts")
            #expect(count(.restore) == row.restores, "SnapStart restores")
            #expect(count(.warm) == row.reports - row.cold - row.suppressed - row.restores, "warm starts")
        } when: {
            row.knownIssue != nil
        }
    }
}
