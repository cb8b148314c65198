import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Cold, warm, suppressed-init, restore and pre-initialised environments (docs/FORMATS.md §2.3.4, §2.8, §2.9),
/// and duplicates from overlapping exports.
@Suite("Invocation classification and duplicates")
struct ClassificationTests {
    private func dataset(_ files: [String: String]) throws -> Dataset {
        let dir = FixturePaths.temporaryDirectory()
        for (name, text) in files {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        return DatasetBuilder.build(Ingestor.ingest(paths: [dir.path]))
    }

    private func report(_ id: String, _ extra: String = "") -> String {
        "REPORT RequestId: \(id)\tDuration: 10.00 ms\tBilled Duration: 10 ms\tMemory Size: 128 MB\tMax Memory Used: 50 MB\t\(extra)"
    }

    @Test("after a timeout the next invocation re-runs init (no Init Duration)")
    func suppressedInitAfterTimeout() throws {
        let text = [
            "START RequestId: a Version: $LATEST", report("a", "Init Duration: 100.00 ms"),
            "START RequestId: b Version: $LATEST", report("b", "Status: timeout"),
            "START RequestId: c Version: $LATEST", report("c"),
            "START RequestId: d Version: $LATEST", report("d"),
        ].joined(separator: "\n")
        let d = try dataset(["f.log": text])
        #expect(d.invocations.map(\.category) == [.cold, .warm, .suppressedInit, .warm])
    }

    @Test("a failure line after its REPORT (a paste) also marks the next invocation")
    func failureLineAfterReport() throws {
        let text = [
            report("a", "Init Duration: 100.00 ms"), report("b"), "b Task timed out after 6.01 seconds", report("c"), report("d"),
        ]
        .joined(separator: "\n")
        let d = try dataset(["f.log": text])
        #expect(d.invocations.map(\.category) == [.cold, .warm, .suppressedInit, .warm])
        #expect(d.accounting.failureMarkers == 1)
    }

    @Test("an INIT_START long before the first START is an initialisation no request waited for")
    func preinitialised() throws {
        let s = "2024/03/04/[$LATEST]00000000000000000000000000000009"
        let text = """
            \(s) 2024-03-04T10:00:00.000000+00:00 INIT_START Runtime Version: python:3.12.v23\tRuntime Version ARN: arn:x
            \(s) 2024-03-04T10:05:00.000000+00:00 START RequestId: p Version: $LATEST
            \(s) 2024-03-04T10:05:00.100000+00:00 \(report("p"))
            """
        let d = try dataset(["perf_zip_Python312_1024.log": text])
        #expect(d.preinitialisedEnvironments == 1)
        #expect(d.invocations.map(\.category) == [.warm])
        #expect(d.invocations.first?.runtimeVersion == "python:3.12.v23")
    }

    @Test("INIT_REPORT with status timeout is a failed init; SnapStart restores are counted apart")
    func initFailureAndRestore() throws {
        let text = """
            INIT_REPORT Init Duration: 10000.12 ms\tPhase: init\tStatus: timeout
            START RequestId: r1 Version: 3
            \(report("r1", "Restore Duration: 400.00 ms\tBilled Restore Duration: 170 ms"))
            """
        let d = try dataset(["f.log": text])
        #expect(d.initFailures.count == 1)
        #expect(d.invocations.map(\.category) == [.restore])
    }

    @Test("overlapping exports count once; the same request with other numbers is kept and reported")
    func duplicates() throws {
        let a = [report("x", "Init Duration: 100.00 ms"), report("y")].joined(separator: "\n")
        let b = [report("y"), report("z")].joined(separator: "\n")
        let c = "REPORT RequestId: z\tDuration: 99.00 ms\tBilled Duration: 99 ms\tMemory Size: 128 MB\tMax Memory Used: 50 MB"
        let d = try dataset(["a.log": a, "b.log": b, "c.log": c])
        #expect(d.invocations.count == 4)
        #expect(d.accounting.duplicates == 1)
        #expect(d.accounting.reports == 4)
        #expect(d.accounting.isReconciled)
        #expect(d.warnings.contains { $0.message.contains("REPORT for request z differs") })
    }

    @Test("newest-first exports are put back in time order before classification")
    func newestFirst() throws {
        let s = "2024/03/04/[$LATEST]0000000000000000000000000000000a"
        let events = [
            (1_709_546_401_000, "START RequestId: r1 Version: $LATEST"),
            (1_709_546_402_000, report("r1", "Init Duration: 900.00 ms")),
            (1_709_546_403_000, "START RequestId: r2 Version: $LATEST"),
            (1_709_546_404_000, report("r2", "Status: error\tError Type: Runtime.ExitError")),
            (1_709_546_405_000, "START RequestId: r3 Version: $LATEST"), (1_709_546_406_000, report("r3")),
        ].reversed()
        let items = events.map { ts, msg in
            #"{"logStreamName":"\#(s)","timestamp":\#(ts),"message":\#(jsonString(msg + "\n")),"eventId":"\#(ts)"}"#
        }
        let d = try dataset([
            "perf_zip_Python39_1024.json": #"{"events":[\#(items.joined(separator: ","))],"searchedLogStreams":[]}"#
        ])
        #expect(d.invocations.map(\.report.requestId) == ["r1", "r2", "r3"])
        #expect(d.invocations.map(\.category) == [.cold, .warm, .suppressedInit])
    }

    private func jsonString(_ s: String) -> String {
        String(data: try! JSONSerialization.data(withJSONObject: [s]), encoding: .utf8)!.dropFirst().dropLast().description
    }
}
