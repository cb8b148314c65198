import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

/// `IngestOptions.readsApplicationLogs` false (charts that explain nothing): the same invocations, with
/// no explanation, and every platform event still read, however its JSON spells the type.
@Suite("Reading without application logs")
struct ApplicationLogSkippingTests {
    /// What an invocation is without its explanation, one line each.
    static func invocations(_ d: Dataset) -> [String] {
        d.invocations.map {
            "\($0.category) \($0.source) \($0.location) \($0.report) \(String(describing: $0.completionMilliseconds)) "
                + "\(String(describing: $0.logStream)) \(String(describing: $0.runtimeVersion)) "
                + "\(String(describing: $0.functionNameFromData))"
        }
    }

    /// Fixture folders, and whether they hold application logs.
    static let folders = [("experiment/formats", false), ("synth/formats", true), ("realdata", true)]

    @Test("every fixture format and the real samples: the same invocations, none explained", arguments: folders)
    func sameInvocations(_ folder: String, hasAppLogs: Bool) {
        var options = IngestOptions()
        let all = StreamingBuilder.build(paths: [FixturePaths.fixture(folder)], options: options)
        options.readsApplicationLogs = false
        let platformOnly = StreamingBuilder.build(paths: [FixturePaths.fixture(folder)], options: options)
        #expect(Self.invocations(platformOnly) == Self.invocations(all))
        #expect(platformOnly.initFailures.count == all.initFailures.count)
        #expect(platformOnly.accounting.events == all.accounting.events)
        #expect(platformOnly.accounting.malformed == all.accounting.malformed)
        #expect((all.joins.appLogsMatched > 0) == hasAppLogs)
        #expect(platformOnly.joins.appLogsMatched == 0)
        #expect(!platformOnly.invocations.contains { $0.explanation.hasAppLogs })
    }

    @Test("a JSON-format platform event in a text line whose type is escaped is still read")
    func escapedPlatformType() throws {
        let id = "00000000-0000-4000-8000-00000000000a"
        let lines = [
            #"{"time":"2024-03-04T09:00:01.000Z","type":"platform\u002estart","record":{"requestId":"\#(id)"}}"#,
            #"{"level":"INFO","message":"hello","cold_start":true,"function_request_id":"\#(id)"}"#,
            #"{"time":"2024-03-04T09:00:01.200Z","type":"platform.report","record":{"requestId":"\#(id)","metrics":{"durationMs":5.0,"billedDurationMs":6,"memorySizeMB":128,"maxMemoryUsedMB":40,"initDurationMs":900.0}}}"#,
        ]
        let file = FixturePaths.temporaryDirectory().appendingPathComponent("jsonlog.log")
        // Text lines (a time, a tab, the message): each message is screened before it is parsed.
        let text = lines.map { "2024-03-04T09:00:01.000Z\t" + $0 }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: file)
        var options = IngestOptions()
        options.readsApplicationLogs = false
        let d = StreamingBuilder.build(paths: [file.path], options: options)
        #expect(d.accounting.starts == 1)
        #expect(d.accounting.reports == 1)
        #expect(d.count(.cold) == 1)
        #expect(d.accounting.events == 3)
        #expect(!d.invocations[0].explanation.hasAppLogs)
    }
}
