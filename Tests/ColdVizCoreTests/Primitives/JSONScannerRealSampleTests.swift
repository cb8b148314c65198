import Testing

@testable import ColdVizCore

/// The JSON scanner on the real samples in Fixtures/realdata (docs/FORMATS.md pitfalls 1, 3, 23, 24).
@Suite struct JSONScannerRealSampleTests {
    /// Reads every document, resynchronising after each error on the next line starting with `{` or `[`.
    private func readAll(_ bytes: [UInt8]) -> (values: [JSONValue], errors: [IngestPrimitiveError]) {
        bytes.withUnsafeBytes { buffer in
            var scanner = JSONScanner(buffer)
            var values: [JSONValue] = []
            var errors: [IngestPrimitiveError] = []
            while !scanner.isAtEnd {
                do throws(IngestPrimitiveError) {
                    values.append(try scanner.readValue())
                } catch {
                    errors.append(error)
                    guard case let .invalidJSON(offset, _, _, _) = error,
                        let next = scanner.nextDocumentStart(after: offset)
                    else { break }
                    scanner.seek(to: next)
                }
            }
            return (values, errors)
        }
    }

    @Test func concatenatedInvokeResultAndGetLogEvents() throws {
        let result = readAll(try RealSample.bytes("b_awsdocs-lambda-guide_python-logging_invoke-plus-get-log-events.txt"))
        #expect(result.errors.isEmpty)
        #expect(result.values.count == 2)
        #expect(result.values[0]["StatusCode"] == .number(200))
        #expect(result.values[0]["ExecutedVersion"] == .string("$LATEST"))
        let events = try #require(result.values[1]["events"]?.arrayValue)
        #expect(events.count == 5)
        #expect(events[0]["timestamp"] == .number(1_559_763_003_171))
        let message = try #require(events[2]["message"]?.stringValue)
        #expect(message.hasPrefix("2019-06-05T19:30:03.173Z\t4ce9340a-b765-490f-ad8a-02ab3415e2bf\tINFO\tEVENT\r{\r"))
        #expect(events[4]["message"]?.stringValue?.contains("Billed Duration: 27 ms \tMemory Size: 128 MB") == true)
    }

    @Test func blankLineSeparatedDocuments() throws {
        let result = readAll(try RealSample.bytes("d_datadog-agent_pkg-serverless-logs-testdata_3files.txt"))
        #expect(result.errors.isEmpty)
        #expect(result.values.count == 3)
        #expect(result.values[0].arrayValue?.first?["record", "metrics", "durationMs"] == .number(69.8))
        #expect(result.values[1]["type"] == .string("platform.runtimeDone"))
        #expect(result.values[1]["record", "spans"]?.arrayValue?.count == 2)
        #expect(result.values[2]["record", "metrics", "billedDurationMs"] == nil)
        #expect(result.values[2]["record", "metrics", "memorySizeMB"] == .number(128))
    }

    /// Positions cross-checked with Python 3 `json.JSONDecoder().raw_decode` (same offsets, lines and columns).
    @Test func telemetryDocsInvalidJSONReportedAndNeighboursRead() throws {
        let result = readAll(try RealSample.bytes("d_awsdocs-lambda-guide_telemetry-schema-reference_examples.txt"))
        #expect(result.values.count == 10)
        #expect(result.errors.count == 2)
        #expect(
            result.errors.first
                == .invalidJSON(
                    offset: 394, line: 17, column: 9, reason: "expected ',' or '}' after object member, found '\"'"))
        #expect(result.errors.last == .invalidJSON(offset: 2479, line: 98, column: 5, reason: "trailing comma before '}'"))
        #expect(result.values[1]["type"] == .string("platform.initReport"))
        #expect(result.values[4]["type"] == .string("platform.extension"))
        #expect(result.values.last?["spanId"] == .string("073a49012f3c312e"))
    }

    @Test func logsAPIDocsInvalidJSONReportedAndNeighboursRead() throws {
        let result = readAll(try RealSample.bytes("d_awsdocs-lambda-guide_runtimes-logs-api_examples.txt"))
        #expect(result.values.count == 9)
        #expect(
            result.errors == [
                .invalidJSON(offset: 1293, line: 52, column: 5, reason: "trailing comma before '}'"),
                .invalidJSON(offset: 1544, line: 60, column: 24, reason: "expected ':' after object key, found '1'"),
            ])
        #expect(result.values[3]["record", "metrics", "initDurationMs"] == .number(116.67))
        #expect(result.values.suffix(3).map { $0["record", "status"]?.stringValue } == ["success", "failure", "timeout"])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes = try RealSample.bytes("e_ZainZia0341-Lambda-Artillery-loadTest_get-query-results_empty.json")
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let result = readAll(bytes)
        #expect(result.errors.isEmpty)
        #expect(result.values.count == 1)
        #expect(result.values[0]["results"] == .array([]))
        #expect(result.values[0]["statistics", "bytesScanned"] == .number(5769))
        #expect(result.values[0]["status"] == .string("Complete"))
    }
}
