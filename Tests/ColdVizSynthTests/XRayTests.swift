import ColdVizSynth
import ColdVizTestSupport
import Foundation
import Testing

/// The X-Ray documents agree with the logs: one trace per REPORT trace id, `aws.request_id` equal to
/// the REPORT's RequestId, and an `Initialization` subsegment exactly on cold starts, as long as Init Duration.
@Suite("X-Ray traces are consistent with the logs")
struct XRayTests {
    @Test func tracesMatchReports() throws {
        let directory = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let manifest = try Synthesizer.run(smallOptions(.xray, into: directory, noise: 0))
        var reports: [String: (requestId: String, initMilliseconds: Double?)] = [:]
        for (path, data) in filesUnder(directory.appendingPathComponent("out")) where path.hasPrefix("/logs/") {
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() where line.hasPrefix("REPORT RequestId: ") {
                let fields = line.split(separator: "\t")
                let id = String(fields[0].dropFirst("REPORT RequestId: ".count))
                let initText = fields.first { $0.hasPrefix("Init Duration: ") }?.dropFirst("Init Duration: ".count).dropLast(3)
                let trace = String(lines[i + 1].split(separator: "\t")[0].dropFirst("XRAY TraceId: ".count))
                reports[trace] = (id, initText.flatMap { Double($0) })
            }
        }
        #expect(reports.count == manifest.invocations)
        var traces = 0, initializations = 0
        for (path, data) in filesUnder(directory.appendingPathComponent("out")) where path.hasPrefix("/traces/") {
            let text = String(decoding: data, as: UTF8.self)
            for chunk in text.components(separatedBy: "\n}\n") where !chunk.isEmpty {
                let document = try #require(try JSONSerialization.jsonObject(with: Data((chunk + "\n}").utf8)) as? [String: Any])
                for trace in try #require(document["Traces"] as? [[String: Any]]) {
                    traces += 1
                    let id = try #require(trace["Id"] as? String)
                    let report = try #require(reports[id], "trace \(id) has a REPORT")
                    var initialization: Double?
                    var requestId: String?
                    for segment in try #require(trace["Segments"] as? [[String: Any]]) {
                        let doc = try #require(
                            try JSONSerialization.jsonObject(with: Data((segment["Document"] as! String).utf8)) as? [String: Any])
                        if let aws = doc["aws"] as? [String: Any], let r = aws["request_id"] as? String { requestId = r }
                        for sub in doc["subsegments"] as? [[String: Any]] ?? [] where sub["name"] as? String == "Initialization" {
                            initialization = ((sub["end_time"] as! Double) - (sub["start_time"] as! Double)) * 1000
                        }
                    }
                    #expect(requestId == report.requestId)
                    #expect((initialization == nil) == (report.initMilliseconds == nil), "\(id)")
                    if let a = initialization, let b = report.initMilliseconds {
                        initializations += 1
                        #expect(abs(a - b) < 0.001, "\(id): Initialization \(a) ms, Init Duration \(b) ms")
                    }
                }
            }
        }
        #expect(traces == manifest.invocations)
        #expect(initializations == manifest.coldStarts)
    }
}
