import Testing

@testable import ColdVizCore

extension JSONEventsEquivalenceTests {
    static let stream = "2024/03/04/[$LATEST]78e7"
    static let report =
        #"REPORT RequestId: 54254dee-903c-42f7-af87-dff3784e5e93\tDuration: 73.74 ms\tBilled Duration: 74 ms\t"#
        + #"Memory Size: 3538 MB\tMax Memory Used: 253 MB\tInit Duration: 712.52 ms\t\n"#

    /// A `filter-log-events` document holding `items`, one per line.
    static func container(_ items: [String]) -> String {
        "{\"events\":[\n" + items.joined(separator: ",\n") + "\n],\"searchedLogStreams\":[]}\n"
    }

    static func event(_ message: String, stream: String = stream, timestamp: String = "1709571733749") -> String {
        #"{"logStreamName":"\#(stream)","timestamp":\#(timestamp),"message":"\#(message)","eventId":"381"}"#
    }

    @Test("an invalid item in the middle: same error line and column, the document is dropped from there")
    func invalidItem() {
        let text =
            Self.container([Self.event(Self.report), #"{"timestamp":1,"message":"a"b}"#, Self.event(Self.report)]) + "\n"
            + Self.container([Self.event(Self.report)])
        let ingest = Self.expectSame(text)
        #expect(ingest.problems.map(\.line) == [3, 4, 5])
        #expect(ingest.problems.first?.message.hasPrefix("invalid JSON at column 29") == true)
        #expect(ingest.events.count == 2)
    }

    @Test("escaped messages decode as the scanner decodes them")
    func escapedMessages() {
        let ingest = Self.expectSame(
            Self.container([
                Self.event(Self.report), Self.event(#"caf\u00e9\tdone\n"#),
                Self.event(#"\u00e9\ud83d\ude00\udc00\ud800x\"\\\/\b\f\r"#),
                Self.event("é plain"), Self.event(#"INIT_START Runtime Version: python:3.12.v1\tRuntime Version ARN: a\n"#),
            ]))
        #expect(ingest.events.count == 2)
        #expect(ingest.accounting.events == 5)
        #expect(ingest.events.first?.timestampMilliseconds == 1_709_571_733_749)
        #expect(ingest.events.first?.logStream == Self.stream)
    }

    @Test("a timestamp as a string, a number, or neither")
    func timestamps() {
        let ingest = Self.expectSame(
            Self.container([
                Self.event(Self.report, timestamp: #""2024-03-04T17:02:13.749Z""#),
                Self.event(Self.report, timestamp: #""17\u0030957173374""#), Self.event(Self.report, timestamp: "null"),
                Self.event(Self.report, timestamp: "1.7e12"),
            ]))
        // A string of digits is not a timestamp `Timestamp.parseMilliseconds` reads.
        #expect(ingest.events.map(\.timestampMilliseconds) == [1_709_571_733_749, nil, nil, 1_700_000_000_000])
    }

    @Test("a missing or non-string message, a non-object item, a Telemetry record in events")
    func otherItems() {
        let telemetry =
            #"{"time":"2024-03-04T09:01:24.036Z","type":"platform.initStart","record":{"runtimeVersion":"python:3.12","#
            + #""functionName":"f","initializationType":"on-demand","phase":"init"}}"#
        let ingest = Self.expectSame(
            Self.container([#"{"timestamp":1}"#, #"{"message":5,"timestamp":1}"#, "7", "[]", telemetry, #"{"type":1}"#]))
        #expect(ingest.events.count == 1)
        #expect(ingest.accounting.malformed >= 4)
        #expect(ingest.problems.first?.message == "log event without a `message` string")
    }

    @Test("stream names: consecutive equal ones, changes, escapes, non-strings")
    func streamNames() {
        let ingest = Self.expectSame(
            Self.container([
                Self.event(Self.report, stream: "a"), Self.event(Self.report, stream: "a"), Self.event(Self.report, stream: "b"),
                Self.event(Self.report, stream: #"\u0062"#), Self.event(Self.report, stream: "é"),
                #"{"logStreamName":3,"timestamp":1,"message":"\#(Self.report)"}"#, Self.event(Self.report, stream: "a"),
            ]))
        #expect(ingest.events.map(\.logStream) == ["a", "a", "b", "b", "é", nil, "a"])
    }

    @Test("invalid UTF-8 in messages and stream names is repaired as String repairs it")
    func invalidUTF8() {
        let bad: [[UInt8]] = [[0xFF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF0, 0x90, 0x80], [0xC3, 0xA9]]
        for bytes in bad {
            let message = Array("REPORT RequestId: r\\tDuration: 1 ms\\tBilled Duration: 1 ms\\tMemory Size: 1 MB".utf8)
            for escaped in [false, true] {
                let tail = Array((escaped ? "\\n" : "").utf8)
                let text =
                    Array(#"{"events":[{"logStreamName":"s"#.utf8) + bytes + Array(#"","timestamp":1,"message":""#.utf8)
                    + message + bytes + tail + Array(#""}]}"#.utf8)
                Self.expectSame(text)
            }
        }
    }

    @Test("items nested up to and beyond the limit", arguments: [1, 509, 510, 511])
    func deepItems(_ depth: Int) {
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let ingest = Self.expectSame(Self.container([#"{"message":"m","x":\#(nested)}"#]))
        #expect(ingest.accounting.malformed == (depth < 510 ? 0 : 1))
    }
}
