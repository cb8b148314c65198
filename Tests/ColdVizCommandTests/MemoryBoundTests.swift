import ColdVizTestSupport
import Foundation
import Testing

/// Peak memory grows with the invocations kept, not with the events read: `analyze` of an input three
/// times as large as another, as the kernel counts the process's peak (`COLDVIZ_TIMINGS=1` prints it).
@Suite("Memory grows with the invocations, not the bytes")
struct MemoryBoundTests {
    /// The peak resident megabytes of `coldviz analyze path`, and its REPORT count.
    static func peak(of path: String) throws -> (megabytes: Int, reports: Int) {
        let result = try ColdVizProcess.run(
            ["analyze", path, "--format", "json"], environment: ["COLDVIZ_TIMINGS": "1"], forkedByShell: true)
        #expect(result.status == 0)
        let last = try #require(result.stderr.split(separator: "\n").last { $0.hasPrefix("timing: ") })
        let words = last.split(separator: " ")
        let at = try #require(words.firstIndex(of: "peak"))
        let megabytes = try #require(Int(words[at + 1]))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let reports = try #require((json["inputs"] as? [String: Any])?["reports"] as? Int)
        return (megabytes, reports)
    }

    @Test(
        "three times the text costs less than 400 bytes per added REPORT (holding the events cost 1.55 KB, the app logs and keys 0.9 KB; about 260 since invocations are 104 bytes)",
        .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
    func textGrowsWithInvocations() throws {
        let dir = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var peaks: [(megabytes: Int, reports: Int)] = []
        for size in ["20MB", "60MB"] {
            let out = dir.appendingPathComponent(size).path
            let synth = try ColdVizProcess.run(["synth", "--out", out, "--format", "text", "--size", size, "--seed", "3"])
            #expect(synth.status == 0)
            // The least of three runs: a run can peak some megabytes higher when the machine is busy (the
            // parallel test run itself), in either size, which would swamp the difference measured.
            var runs: [(megabytes: Int, reports: Int)] = []
            for _ in 0..<3 { runs.append(try Self.peak(of: out)) }
            peaks.append(runs.min { $0.megabytes < $1.megabytes }!)
        }
        let added = peaks[1].reports - peaks[0].reports
        #expect(added > 25_000)
        let bytesPerReport = Double(peaks[1].megabytes - peaks[0].megabytes) * 1_048_576 / Double(added)
        #expect(bytesPerReport < 400, "peak grew by \(bytesPerReport) bytes per REPORT: \(peaks)")
    }
}
