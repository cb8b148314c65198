import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Logs Insights returns at most 10,000 rows a query: results that hold exactly that many were probably cut.
@Suite("Logs Insights row limit")
struct InsightsRowLimitTests {
    static func results(rows: Int) -> String {
        let row = { (k: Int) -> String in
            let id = String(format: "00000000-0000-4000-8000-%012d", k)
            return #"[{"field":"@timestamp","value":"2024-03-04 09:00:00.000"},{"field":"@requestId","value":"\#(id)"},"#
                + #"{"field":"@message","value":"REPORT RequestId: \#(id)\tDuration: 1.00 ms\tBilled Duration: 1 ms\tMemory Size: 128 MB\tMax Memory Used: 50 MB\t"}]"#
        }
        return #"{"status":"Complete","results":["# + (0..<rows).map(row).joined(separator: ",") + "]}"
    }

    @Test("10,000 rows warn that the query was probably cut short; 9,999 do not", arguments: [(10_000, true), (9_999, false)])
    func rowLimit(rows: Int, warns: Bool) {
        let ingest = ingestText(Self.results(rows: rows))
        #expect(ingest.accounting.reports == rows)
        #expect(ingest.warnings.contains { $0.message.contains("probably cut short") } == warns)
    }
}
