@_spi(Testing) import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Issue 15: ids and names with bytes that are not UTF-8 are kept (read as U+FFFD) with a located warning,
/// whatever the reader, instead of being accepted silently.
@Suite("Reliability: ids and names that are not UTF-8")
struct NotUTF8Tests {
    /// Bytes that are not UTF-8 (a lone 0xFF, and 0xC3 without its continuation byte): two U+FFFD.
    private static let bad: [UInt8] = [0xFF, 0xC3]

    /// `text` with every `?` replaced by ``bad``, read as one file.
    private func read(_ text: String) -> FileIngest {
        Ingestor.readBytesForTest(text.utf8.flatMap { $0 == UInt8(ascii: "?") ? Self.bad : [$0] })
    }

    private func report(_ id: String) -> String {
        "REPORT RequestId: \(id)\tDuration: 3.00 ms\tBilled Duration: 3 ms\tMemory Size: 128 MB\tMax Memory Used: 30 MB\n"
    }

    @Test("a text request id: kept, and one warning with the line of the first")
    func textRequestId() {
        let ingest = read(
            "START RequestId: 22222222-0000-4000-8000-000000000002 Version: $LATEST\n"
                + "START RequestId: 11111111-?-4000 Version: $LATEST\n" + report("11111111-?-4000"))
        #expect(ingest.accounting.records == 3 && ingest.accounting.malformed == 0)
        #expect(
            ingest.warnings == [
                InputProblem(
                    file: "<memory>", line: 2,
                    message: "request id `11111111-\u{FFFD}\u{FFFD}-4000` has bytes that are not UTF-8 (read as U+FFFD)")
            ])
    }

    @Test("JSON: a log stream, a request id and a function name, each warned about once with its line")
    func jsonNames() {
        let start = #"{\"time\":\"2024-03-04T10:00:00.000Z\",\"type\":\"platform.start\",\"record\":{\"requestId\":\"r?\"}}"#
        let powertools = #"{\"level\":\"INFO\",\"message\":\"x\",\"cold_start\":true,\"function_name\":\"fn?\"}"#
        let events = [start, powertools, powertools].enumerated().map { n, message in
            #"{"logStreamName":"2024/03/04/[$LATEST]ab?","timestamp":1709546400000,"message":""# + message
                + #"","eventId":"\#(n)"}"#
        }
        let ingest = read("{\"events\":[\n" + events.joined(separator: ",\n") + "\n]}\n")
        #expect(ingest.accounting.malformed == 0)
        let messages = ingest.warnings.map { "\($0.line ?? 0) \($0.message)" }.sorted()
        #expect(
            messages == [
                "2 log stream `2024/03/04/[$LATEST]ab\u{FFFD}\u{FFFD}` has bytes that are not UTF-8 (read as U+FFFD)",
                "2 request id `r\u{FFFD}\u{FFFD}` has bytes that are not UTF-8 (read as U+FFFD)",
                "3 function name `fn\u{FFFD}\u{FFFD}` has bytes that are not UTF-8 (read as U+FFFD)",
            ], "\(messages)")
    }

    @Test("an X-Ray segment's request id and function name")
    func xraySegment() {
        let ingest = read(
            #"{"id":"a1","trace_id":"1-5f1d2c3b-0123456789abcdef01234567","name":"fn?","origin":"AWS::Lambda","#
                + #""start_time":1700000000.1,"end_time":1700000001.2,"aws":{"request_id":"r?"}}"# + "\n")
        #expect(ingest.traces.count == 1)
        #expect(
            ingest.warnings.map(\.message).sorted() == [
                "function name `fn\u{FFFD}\u{FFFD}` has bytes that are not UTF-8 (read as U+FFFD)",
                "request id `r\u{FFFD}\u{FFFD}` has bytes that are not UTF-8 (read as U+FFFD)",
            ])
    }

    @Test("UTF-8 names with other characters, and packed ids, give no warning")
    func cleanText() {
        let ingest = read("START RequestId: função-1 Version: $LATEST\n" + report("11111111-0000-4000-8000-000000000001"))
        #expect(ingest.accounting.records == 2 && ingest.warnings.isEmpty)
    }
}
