import ColdVizTestSupport
import Foundation
import Testing

/// `coldviz analyze` on inputs it cannot fully use: the exit status, and a message on stderr that names
/// the file (and line where there is one). Every bad input is made in a fresh temporary directory.
@Suite("coldviz analyze: bad inputs and bad flags")
final class AnalyzeCommandBadInputTests: Sendable {
    /// A REPORT line of a cold start, in the text rendering.
    static let coldReport =
        "REPORT RequestId: 0f0e0d0c-0000-4000-8000-000000000001\tDuration: 12.34 ms\tBilled Duration: 13 ms\t"
        + "Memory Size: 128 MB\tMax Memory Used: 64 MB\tInit Duration: 234.56 ms\t\n"

    /// A fresh directory per test (Swift Testing makes one suite instance per test), removed afterwards.
    private let dir = FixturePaths.temporaryDirectory()

    deinit { try? FileManager.default.removeItem(at: dir) }

    private func file(_ name: String, _ bytes: some Sequence<UInt8>) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func run(_ arguments: String...) throws -> CommandResult { try ColdVizProcess.run(arguments) }

    @Test("a missing path alone: exit 1, the path named")
    func missingPath() throws {
        let missing = dir.appendingPathComponent("no-such-export.json").path
        let r = try run("analyze", missing)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(missing): error: no such file or directory"))
        #expect(r.stdout.isEmpty)
    }

    @Test("a missing path beside a readable file: statistics, then exit 2")
    func missingBesideReadable() throws {
        let good = try file("good.log", Array(Self.coldReport.utf8))
        let missing = dir.appendingPathComponent("gone.log").path
        let r = try run("analyze", missing, good)
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(missing): error: no such file or directory"))
        #expect(r.stdout.contains("REPORT records: 1 (cold 1,"))
    }

    @Test("an empty directory: exit 1, the directory named")
    func emptyDirectory() throws {
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let r = try run("analyze", empty.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(empty.path): error: directory holds no files to read"))
    }

    @Test("a truncated gzip: what precedes the damage is read, exit 2, the file named")
    func truncatedGzip() throws {
        // A gzip member that stores the text uncompressed (RFC 1952 + a stored deflate block), cut before its trailer.
        let text = Array(Self.coldReport.utf8)
        var gzip: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        gzip += [
            1, UInt8(text.count & 0xFF), UInt8(text.count >> 8), UInt8(~text.count & 0xFF), UInt8((~text.count >> 8) & 0xFF),
        ]
        gzip += text  // the CRC-32 and size trailer are missing
        let path = try file("cut.log.gz", gzip)
        let r = try run("analyze", path)
        #expect(r.status == 2)
        #expect(r.stderr.contains(path))
        #expect(r.stderr.contains("gzip data is damaged"))
        #expect(r.stdout.contains("REPORT records: 1 (cold 1,"))
    }

    @Test("invalid JSON: exit 2, path:line, the valid lines still read")
    func invalidJSON() throws {
        let lines = [
            #"{"time":"2024-03-04T10:00:07.931Z","type":"platform.report","record":{"requestId":"a1","metrics":{"durationMs":55.12,"billedDurationMs":56,"memorySizeMB":1024,"maxMemoryUsedMB":120,"initDurationMs":2950.48}}}"#,
            #"{"time":"2024-03-04T10:00:08.000Z","type":"platform.report" "record":{}}"#,
            #"{"time":"2024-03-04T10:00:09.931Z","type":"platform.report","record":{"requestId":"a2","metrics":{"durationMs":5.5,"billedDurationMs":6,"memorySizeMB":1024,"maxMemoryUsedMB":121}}}"#,
        ]
        let path = try file("telemetry.jsonl", Array(lines.joined(separator: "\n").utf8))
        let r = try run("analyze", path)
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(path):2: error: invalid JSON"))
        #expect(r.stdout.contains("REPORT records: 2 (cold 1, warm 1,"))
    }

    @Test("binary junk: exit 1, the file and the byte named")
    func binaryJunk() throws {
        let path = try file("core.dump", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x02, 0x01] + Array(repeating: 0xAA, count: 500))
        let r = try run("analyze", path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(path): error: binary data at byte 4"))
        #expect(!r.crashed)
    }

    @Test("a 50 MB line between two REPORTs: no crash, both REPORTs read")
    func fiftyMegabyteLine() throws {
        var bytes = Array(Self.coldReport.utf8)
        bytes += Array(repeating: UInt8(ascii: "x"), count: 50 * 1024 * 1024)
        bytes.append(UInt8(ascii: "\n"))
        bytes += Array(
            Self.coldReport.replacingOccurrences(of: "0001", with: "0002")
                .replacingOccurrences(of: "Init Duration: 234.56 ms\t", with: "").utf8)
        let path = try file("long-line.log", bytes)
        let r = try run("analyze", path, "--format", "json")
        #expect(!r.crashed)
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let inputs = try #require(doc["inputs"] as? [String: Any])
        #expect(inputs["events"] as? Int == 3)
        #expect(inputs["reports"] as? Int == 2)
    }

    @Test("no REPORT records at all: exit 1 with the count of events read")
    func noRecords() throws {
        let path = try file("app-only.log", Array("hello\nworld\n".utf8))
        let r = try run("analyze", path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("no Lambda invocations (REPORT records) found in \(path); 2 events read"))
        #expect(r.stdout.isEmpty)
    }

    @Test(
        "bad flags exit 64 and say what was wrong",
        arguments: [
            (["--by", "colour"], "`colour` is not a dimension"),
            (["--percentiles", "50,100"], "`--percentiles` must be numbers between 0 and 100"),
            (["--percentiles", "fifty"], "not `fifty`"),
            (["--label-pattern", "perf_{flavour}"], "names `{flavour}`, which is not a dimension"),
            (["--label-pattern", "perf_{method"], "has a `{` without its `}`"),
        ])
    func badFlags(flags: [String], message: String) throws {
        let r = try ColdVizProcess.run(["analyze", ColdVizProcess.experimentText] + flags)
        #expect(r.status == 64)
        #expect(r.stderr.contains(message))
        #expect(r.stdout.isEmpty)
    }
}
