import Testing

@testable import ColdVizCore

/// One 50 MB line (docs/FORMATS.md pitfall 49: no line-length limit), generated in the test.
@Suite struct LongLineTests {
    @Test func fiftyMegabyteLineIsReadSkippedAndStreamed() throws {
        let messageLength = 50 * 1024 * 1024
        var text: [UInt8] = Array(#"{"events":[{"timestamp":1709546407931,"message":""#.utf8)
        text.reserveCapacity(messageLength + 200)
        let pattern = Array("REPORT RequestId: 0 Duration: 1.00 ms\\t".utf8)
        while text.count < messageLength {
            text += pattern
        }
        text += Array(#""}],"nextForwardToken":"f/1"}"#.utf8)
        text += Array("\n[1]".utf8)
        let messageEnd = text.count - 33
        try text.withUnsafeBytes { bytes in
            var scanner = JSONScanner(bytes)
            let value = try scanner.readValue()
            let message = try #require(value["events"]?.arrayValue?.first?["message"]?.stringValue)
            #expect(message.utf8.count == messageEnd - 50 - (messageEnd - 50) / pattern.count)
            #expect(message.hasPrefix("REPORT RequestId: 0 Duration: 1.00 ms\t"))
            #expect(value["nextForwardToken"] == .string("f/1"))
            #expect(try scanner.readValue() == .array([.number(1)]))

            var skipper = JSONScanner(bytes)
            try skipper.skipValue()
            #expect(skipper.offset == text.count - 4)

            var streamer = JSONScanner(bytes)
            try streamer.beginObject()
            #expect(try streamer.nextKey() == "events")
            try streamer.skipValue()
            #expect(try streamer.nextKey() == "nextForwardToken")
        }
    }
}
