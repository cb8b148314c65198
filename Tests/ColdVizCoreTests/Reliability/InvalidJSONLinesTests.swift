import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Issue 15: a file of many invalid JSON lines (`{x`) is read in linear time, each line located.
@Suite("Reliability: many invalid JSON lines")
struct InvalidJSONLinesTests {
    private func seconds(lines: Int) -> (Double, FileIngest) {
        let text = String(repeating: "{x\n", count: lines)
        let start = ContinuousClock.now
        let ingest = ingestText(text)
        let elapsed = ContinuousClock.now - start
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18, ingest)
    }

    @Test("each invalid line is malformed at its own line; 8 times the lines take far less than 64 times as long")
    func linear() {
        let (small, few) = seconds(lines: 5_000)
        let (large, many) = seconds(lines: 40_000)
        #expect(few.accounting.malformed == 5_000)
        #expect(many.accounting.malformed == 40_000)
        #expect(many.problems.prefix(3).map(\.line) == [1, 2, 3])
        #expect(many.problems.allSatisfy { $0.message.contains("column 2") })
        // Linear work gives a ratio near 8, the old quadratic error positions near 64.
        #expect(large / max(small, 1e-3) < 24, "5,000 lines: \(small) s, 40,000 lines: \(large) s")
    }
}
