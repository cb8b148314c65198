import ColdVizTestSupport
import Foundation
import Testing

/// The commands on CloudTrail input (`Fixtures/cloudtrail/`, written by hand): alone it holds deployments
/// but no invocation, which the commands say before a clean exit 1; beside a Lambda log its deployments
/// are counted in the accounting.
@Suite("coldviz on CloudTrail input")
struct CloudTrailCommandTests {
    static let lookup = FixturePaths.fixture("cloudtrail/lookup-events.json")
    static let gzipFile = FixturePaths.fixture(
        "cloudtrail/AWSLogs/123456789012/CloudTrail/eu-west-1/2024/03/04/123456789012_CloudTrail_eu-west-1_20240304T0855Z_Xa1b2c3d4e5f6g7h8.json.gz"
    )
    static let log = FixturePaths.fixture("experiment/formats/text/perf_image_Python311_1024.log")

    @Test("analyze on lookup-events alone: the located problem, then the deployments read and exit 1")
    func lookupAlone() throws {
        let r = try ColdVizProcess.run(["analyze", Self.lookup])
        #expect(!r.crashed && r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(
            r.stderr.contains(
                "\(Self.lookup):131: error: CloudTrail UpdateFunctionCode event 0f3c5a61-1111-4a8e-9b7e-000000000009 names no function"
            ))
        #expect(
            r.stderr.contains(
                "coldviz: error: read 4 deployments (CloudTrail) but no Lambda invocations (REPORT records) in \(Self.lookup); 9 events read\n"
            ))
    }

    @Test("analyze and report on a gzip CloudTrail log file alone: exit 1 with the deployments read")
    func gzipAlone() throws {
        let message =
            "read 3 deployments (CloudTrail) but no Lambda invocations (REPORT records) in \(Self.gzipFile); 4 events read"
        let analyze = try ColdVizProcess.run(["analyze", Self.gzipFile])
        #expect(!analyze.crashed && analyze.status == 1)
        #expect(analyze.stderr == "coldviz: error: \(message)\n")
        let dir = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try ColdVizProcess.run(["report", Self.gzipFile, "-o", "r.html"], in: dir)
        #expect(!report.crashed && report.status == 1)
        #expect(report.stderr.contains(message))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.html").path))
    }

    @Test("analyze --format json beside a Lambda log: inputs.deployments, the ignored event, totals reconciled")
    func besideALogJSON() throws {
        let r = try ColdVizProcess.run(["analyze", Self.gzipFile, Self.log, "--format", "json"])
        #expect(!r.crashed && r.status == 0)
        #expect(r.stderr.isEmpty)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let inputs = try #require(doc["inputs"] as? [String: Any])
        #expect(inputs["deployments"] as? Int == 3)
        // The log: 39 START, 39 END and 39 REPORT lines; the CloudTrail file: 3 deployments.
        #expect(inputs["records"] as? Int == 3 * 39 + 3)
        #expect(inputs["reports"] as? Int == 39)
        let ignoredByReason = try #require(inputs["ignoredByReason"] as? [String: Int])
        #expect(ignoredByReason["otherCloudTrailEvent"] == 1)
        let total = try #require(inputs["events"] as? Int)
        let parts = ["records", "ignored", "malformed", "duplicates"].compactMap { inputs[$0] as? Int }
        #expect(parts.count == 4 && parts.reduce(0, +) == total)
    }

    @Test("analyze's table beside a Lambda log names the ignored CloudTrail event and reconciles")
    func besideALogTable() throws {
        let r = try ColdVizProcess.run(["analyze", Self.gzipFile, Self.log])
        #expect(!r.crashed && r.status == 0)
        #expect(r.stdout.contains("CloudTrail events that are not deployments 1"))
        #expect(r.stdout.contains(" records + "))
        #expect(!r.stdout.contains("DOES NOT RECONCILE"))
    }
}
