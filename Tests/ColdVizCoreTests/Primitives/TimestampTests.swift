import Testing

@testable import ColdVizCore

/// Expected epoch milliseconds computed with Python 3 `datetime` (aware datetimes, `// timedelta(milliseconds=1)`).
@Suite struct TimestampTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let milliseconds: Int64
        var testDescription: String { text }
    }

    static let valid: [Case] = [
        Case(text: "2024-03-04T10:00:07.931Z", milliseconds: 1_709_546_407_931),
        Case(text: "2024-03-04T10:00:07Z", milliseconds: 1_709_546_407_000),
        Case(text: "2024-03-04T10:00:07", milliseconds: 1_709_546_407_000),
        Case(text: "2024-03-04T10:00:07.931456Z", milliseconds: 1_709_546_407_931),
        Case(text: "2024-03-04T10:00:07.931456", milliseconds: 1_709_546_407_931),
        Case(text: "2024-03-04T10:00:07.931456+00:00", milliseconds: 1_709_546_407_931),
        Case(text: "2024-03-04T10:00:07.9314567+00:00", milliseconds: 1_709_546_407_931),
        Case(text: "2023-08-14T12:54:10.123456789Z", milliseconds: 1_692_017_650_123),
        Case(text: "2024-03-04T10:00:07.9Z", milliseconds: 1_709_546_407_900),
        Case(text: "2024-03-04 10:00:05,201+0000", milliseconds: 1_709_546_405_201),
        Case(text: "2024-03-04T05:00:07.931-05:00", milliseconds: 1_709_546_407_931),
        Case(text: "2024-03-04T15:30:07.931+05:30", milliseconds: 1_709_546_407_931),
        Case(text: "2024-03-04T15:30:07.931+0530", milliseconds: 1_709_546_407_931),
        Case(text: "2000-01-01T00:00:00+01", milliseconds: 946_681_200_000),
        Case(text: "2024-03-04 10:00:07.931", milliseconds: 1_709_546_407_931),
        Case(text: "2019/06/05 19:30:03", milliseconds: 1_559_763_003_000),
        Case(text: "05 Jun 2019 19:30:03,173", milliseconds: 1_559_763_003_173),
        Case(text: "2024-02-29T23:59:59.999Z", milliseconds: 1_709_251_199_999),
        Case(text: "1969-12-31T23:59:59.500Z", milliseconds: -500),
        Case(text: "1709546407", milliseconds: 1_709_546_407_000),
        Case(text: "1709546408.512", milliseconds: 1_709_546_408_512),
        Case(text: "1709546408.5129", milliseconds: 1_709_546_408_512),
        Case(text: "1709546407931", milliseconds: 1_709_546_407_931),
        Case(text: "1709546407931.7", milliseconds: 1_709_546_407_931),
        Case(text: "1709546407931456", milliseconds: 1_709_546_407_931),
        Case(text: "1709546407931456789", milliseconds: 1_709_546_407_931),
    ]

    @Test(arguments: valid)
    func parsesWholeTimestamp(_ row: Case) {
        let parsed = withBytes(row.text) { Timestamp.parseMilliseconds($0) }
        #expect(parsed == row.milliseconds)
    }

    static let invalid: [String] = [
        "2022-08-02T12:01:23:521Z", "2024-13-04T10:00:07.931Z", "2023-02-29T10:00:00Z", "2024-03-04T24:00:00Z",
        "2024-03-04T10:60:00Z", "XXXX-XX-XXTXX:XX:XX.XXXZ", "2024-03-04T10:00:07.931Zjunk", "2024-03-04T10:00",
        "2024/03/04T10:00:07", "32 Jan 2024 10:00:00,000", "05 Foo 2019 19:30:03,173", "2024-03-04T10:00:07+25:00",
        "170954640", "17095464079", "1709546407.", "", "REPORT RequestId: x", "2024-03-04T10:00:07.931Z ",
    ]

    @Test(arguments: invalid)
    func rejectsInvalidTimestamp(_ text: String) {
        #expect(withBytes(text) { Timestamp.parseMilliseconds($0) } == nil)
    }

    @Test func prefixStopsBeforeTheMessage() throws {
        let line = "2024-03-04T10:00:07.931Z\t00000000-0000-0000-0000-000000000001\tINFO\thello"
        let parsed = try #require(withBytes(line) { Timestamp.parsePrefix($0) })
        #expect(parsed.milliseconds == 1_709_546_407_931)
        #expect(parsed.length == 24)
        let goLine = "2019/06/05 19:30:03 Hello from Go"
        let go = try #require(withBytes(goLine) { Timestamp.parsePrefix($0) })
        #expect(go.milliseconds == 1_559_763_003_000)
        #expect(go.length == 19)
        let rie = try #require(withBytes("05 Jun 2019 19:30:03,173 [INFO] (rapid) exec") { Timestamp.parsePrefix($0) })
        #expect(rie.milliseconds == 1_559_763_003_173)
        #expect(rie.length == 24)
        let tail = try #require(
            withBytes("2024-03-04T10:00:07.931456+00:00 2024/03/04/[$LATEST]abc START") {
                Timestamp.parsePrefix($0)
            })
        #expect(tail.length == 32)
    }

    @Test func prefixRejectsTimestampsThatContinue() {
        #expect(withBytes("2022-08-02T12:01:23:521Z rest") { Timestamp.parsePrefix($0) } == nil)
        #expect(withBytes("2024/03/04/[$LATEST]0123 START") { Timestamp.parsePrefix($0) } == nil)
        #expect(withBytes("1709546407931 hello") { Timestamp.parsePrefix($0) } == nil)
        #expect(withBytes("2024-03-04T10:00:07.931Zabc") { Timestamp.parsePrefix($0) } == nil)
    }

    @Test(arguments: [
        (Int64(1_709_546_407_931), "2024-03-04T10:00:07.931Z"), (0, "1970-01-01T00:00:00.000Z"),
        (-1, "1969-12-31T23:59:59.999Z"), (951_782_400_000, "2000-02-29T00:00:00.000Z"),
        (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
    ])
    func formatsISO8601(_ milliseconds: Int64, _ expected: String) {
        #expect(Timestamp.formatISO8601(milliseconds: milliseconds) == expected)
    }

    @Test func formatAndParseRoundTripOverFourCenturies() {
        var milliseconds: Int64 = -6_000_000_000_000
        while milliseconds < 8_000_000_000_000 {
            let text = Timestamp.formatISO8601(milliseconds: milliseconds)
            #expect(withBytes(text) { Timestamp.parseMilliseconds($0) } == milliseconds, "\(text)")
            milliseconds += 86_399_997_013
        }
    }
}

/// Timestamps taken out of real samples with the JSON scanner.
@Suite struct TimestampRealSampleTests {
    /// Collects every string value under the keys `time` and `start`, in document order.
    private func times(in value: JSONValue, into found: inout [String]) {
        switch value {
        case let .object(object):
            for member in object.members {
                if member.key == "time" || member.key == "start", let text = member.value.stringValue {
                    found.append(text)
                }
                times(in: member.value, into: &found)
            }
        case let .array(elements):
            for element in elements { times(in: element, into: &found) }
        default:
            break
        }
    }

    @Test func telemetryDocTimesParseExceptTheColonBeforeMilliseconds() throws {
        let bytes = try RealSample.bytes("d_awsdocs-lambda-guide_telemetry-schema-reference_examples.txt")
        var found: [String] = []
        bytes.withUnsafeBytes { buffer in
            var scanner = JSONScanner(buffer)
            while !scanner.isAtEnd {
                do throws(IngestPrimitiveError) {
                    times(in: try scanner.readValue(), into: &found)
                } catch {
                    guard case let .invalidJSON(offset, _, _, _) = error, let next = scanner.nextDocumentStart(after: offset)
                    else { break }
                    scanner.seek(to: next)
                }
            }
        }
        let rejected = found.filter { text in withBytes(text) { Timestamp.parseMilliseconds($0) } == nil }
        // 14 `"time"`/`"start"` strings in the file (grep), 3 of them inside the two invalid documents.
        #expect(found.count == 11)
        #expect(rejected == ["2022-08-02T12:01:23:521Z"])
        #expect(withBytes(found[0]) { Timestamp.parseMilliseconds($0) } == 1_665_532_815_064)
    }

    @Test func applicationLinePrefixMatchesTheEventTimestamp() throws {
        let bytes = try RealSample.bytes("b_awsdocs-lambda-guide_python-logging_invoke-plus-get-log-events.txt")
        let events = try bytes.withUnsafeBytes { buffer in
            var scanner = JSONScanner(buffer)
            try scanner.skipValue()
            return try scanner.readValue()["events"]?.arrayValue ?? []
        }
        let applicationLines = events.filter { $0["message"]?.stringValue?.hasPrefix("2019-") == true }
        #expect(applicationLines.count == 2)
        for event in applicationLines {
            let message = try #require(event["message"]?.stringValue)
            let parsed = try #require(withBytes(message) { Timestamp.parsePrefix($0) })
            #expect(parsed.length == 24)
            #expect(Double(parsed.milliseconds) == event["timestamp"]?.doubleValue)
        }
    }
}
