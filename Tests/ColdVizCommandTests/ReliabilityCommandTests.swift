import ColdVizTestSupport
import Foundation
import Testing

/// Issue 15 through the binary: inputs that used to trap, hang or write invalid output.
@Suite("coldviz: reliability on hostile inputs")
final class ReliabilityCommandTests: Sendable {
    private let dir = FixturePaths.temporaryDirectory()

    deinit { try? FileManager.default.removeItem(at: dir) }

    private func file(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func report(_ id: String, initDuration: String?) -> String {
        "REPORT RequestId: \(id)\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 64 MB\t"
            + (initDuration.map { "Init Duration: \($0) ms\t" } ?? "")
    }

    @Test(
        "plot draws every chart of what analyze accepts, with extreme Init Durations",
        arguments: [
            ["5e-324"], ["5e-324", "5e-324"], ["0", "5e-324"], ["86399999.99"], ["1e-300", "86000000"], ["7", "7", "7"],
        ])
    func plotExtremes(durations: [String]) throws {
        let lines = durations.enumerated().map { Self.report("r\($0.offset)", initDuration: $0.element) }
        let path = try file("extreme.log", lines.joined(separator: "\n") + "\n")
        let analyzed = try ColdVizProcess.run(["analyze", path, "--format", "json"])
        #expect(analyzed.status == 0)
        let out = dir.appendingPathComponent("charts").path
        let r = try ColdVizProcess.run([
            "plot", path, "--chart", "distribution,timeline,percentiles,heatmap,ecdf,box", "--format", "svg", "--out", out,
        ])
        #expect(!r.crashed, "plot trapped: \(r.stderr)")
        #expect(r.status == 0, "\(r.stderr)")
    }
}

extension ReliabilityCommandTests {
    @Test("--percentiles naming one percentile twice is a usage error", arguments: ["50,50", "99.9,99.90000000001"])
    func repeatedPercentiles(list: String) throws {
        let path = try file("one.log", Self.report("a", initDuration: "100.00") + "\n")
        let r = try ColdVizProcess.run(["analyze", path, "--format", "json", "--percentiles", list])
        #expect(r.status == 64)
        #expect(r.stderr.contains("twice"))
    }
}

extension ReliabilityCommandTests {
    @Test("a FIFO or /dev/zero named as an argument is refused, not read for ever; the other files are read")
    func namedNonRegularFiles() throws {
        let fifo = dir.appendingPathComponent("pipe.log").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let good = try file("good.log", Self.report("a", initDuration: "100.00") + "\n")
        let r = try ColdVizProcess.run(["analyze", fifo, "/dev/zero", good], timeLimit: 20)
        #expect(!r.crashed)
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(fifo): error: a FIFO (named pipe), not a regular file"))
        #expect(r.stderr.contains("/dev/zero: error: a character device, not a regular file"))
        #expect(r.stdout.contains("REPORT records: 1 (cold 1,"))
    }
}

extension ReliabilityCommandTests {
    @Test("clock-time prefixes without a date are read as times of day, said once; midnight rolls over")
    func clockTimes() throws {
        let id = ["aaaaaaaa-0000-4000-8000-000000000001", "aaaaaaaa-0000-4000-8000-000000000002"]
        let text = [
            "23:59:58 START RequestId: \(id[0]) Version: $LATEST", "23:59:59 END RequestId: \(id[0])",
            "23:59:59 " + Self.report(id[0], initDuration: "150.00"), "00:00:03 START RequestId: \(id[1]) Version: $LATEST",
            "00:00:03 END RequestId: \(id[1])", "00:00:03 " + Self.report(id[1], initDuration: nil),
        ].joined(separator: "\n")
        let path = try file("tail.log", text + "\n")
        let r = try ColdVizProcess.run(["analyze", path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#""coldStarts": 1"#))
        #expect(r.stdout.contains(#""warmStarts": 1"#))
        #expect(r.stdout.components(separatedBy: "time of day").count == 2, "said once: \(r.stdout)")
        let exported = try ColdVizProcess.run(["export", path, "--format", "csv", "--date", "2024-03-04", "-o", "-"])
        #expect(exported.stdout.contains("2024-03-04T23:59:59"))
        #expect(exported.stdout.contains("2024-03-05T00:00:03"), "rolled over midnight: \(exported.stdout)")
    }

    @Test("a failure-only file: the failed init is printed and in the JSON, exit by the usual rule")
    func failureOnly() throws {
        let text = [
            "2024-03-04T10:00:00.000Z INIT_REPORT Init Duration: 10000.12 ms\tPhase: init\tStatus: timeout",
            "2024-03-04T10:00:10.000Z REPORT Duration: 10000.00 ms\tBilled Duration: 10000 ms\tMemory Size: 128 MB\t"
                + "Max Memory Used: 30 MB\tStatus: timeout",
        ].joined(separator: "\n")
        let path = try file("failed.log", text + "\n")
        let r = try ColdVizProcess.run(["analyze", path, "--format", "json"])
        #expect(r.status == 2, "the REPORT without a request id is malformed: \(r.stderr)")
        #expect(r.stdout.contains(#""initFailures": 1"#), "\(r.stdout)")
        let table = try ColdVizProcess.run(["analyze", path])
        #expect(table.stdout.contains("failed inits: 1"))
    }
}
