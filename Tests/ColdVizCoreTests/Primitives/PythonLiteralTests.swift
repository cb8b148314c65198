import Testing

@testable import ColdVizCore

/// Expected values checked against Python 3 `ast.literal_eval` of the same text.
@Suite struct PythonLiteralTests {
    private func parse(_ text: String, from offset: Int = 0) throws -> (value: JSONValue, end: Int) {
        try withBytes(text) { try PythonLiteral.parse($0, from: offset) }
    }

    @Test func readsAllLiteralKinds() throws {
        let text = #"""
            {'a': 'it\'s', "b": "say \"hi\"", 'c': '\x41\u00e9\U0001F600\n\t\101\\', 'd': (1, 2.5, -3e-05),
             'e': (7), 'f': (8,), 2: None, True: [True, False,], 'g': {1, 2}, 'h': {}, 'i': [], 'j': 10_000,
             'k': r'\d+', 'l': u'x', 'm': b'\xc3\xa9', 'n': -inf, 'o': '\q'}
            """#
        let (value, end) = try parse(text)
        #expect(end == text.utf8.count)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["a", "b", "c", "d", "e", "f", "2", "True", "g", "h", "i", "j", "k", "l", "m", "n", "o"])
        #expect(value["a"] == .string("it's"))
        #expect(value["b"] == .string("say \"hi\""))
        #expect(value["c"] == .string("Aé😀\n\tA\\"))
        #expect(value["d"] == .array([.number(1), .number(2.5), .number(-3e-05)]))
        #expect(value["e"] == .number(7))
        #expect(value["f"] == .array([.number(8)]))
        #expect(value["2"] == .null)
        #expect(value["True"] == .array([.bool(true), .bool(false)]))
        #expect(value["g"] == .array([.number(1), .number(2)]))
        #expect(value["h"] == .object(JSONObject()))
        #expect(value["i"] == .array([]))
        #expect(value["j"] == .number(10_000))
        #expect(value["k"] == .string("\\d+"))
        #expect(value["l"] == .string("x"))
        #expect(value["m"] == .string("é"))
        #expect(value["n"] == .number(-.infinity))
        #expect(value["o"] == .string("\\q"))
    }

    @Test func stopsAfterTheLiteralAndStartsAtTheOffset() throws {
        let line = "BATCH RECEIVED: [{'time': '2020-11-12T14:55:06.560Z'}] trailing"
        let (value, end) = try parse(line, from: 16)
        #expect(value.arrayValue?.first?["time"] == .string("2020-11-12T14:55:06.560Z"))
        #expect(end == 54)
    }

    @Test(arguments: [
        ("{'a' 1}", 5, 1, 6, "expected ',' or '}' after element"),
        ("[1 2]", 3, 1, 4, "expected ',' or ']' after element"),
        ("{'a': datetime.datetime(2020, 1, 1)}", 6, 1, 7, "'datetime' is not a literal"),
        ("[\n'abc\n']", 2, 2, 1, "unterminated string"),
        ("[1,\n 2,\n", 8, 3, 1, "unexpected end of input"),
        ("{1: 2, 3}", 8, 1, 9, "expected ':' after dict key"),
        ("[__import__('os')]", 1, 1, 2, "'__import__' is not a literal"),
        ("[1.2.3]", 1, 1, 2, "invalid number"),
    ])
    func reportsErrorsWithPosition(_ text: String, _ offset: Int, _ line: Int, _ column: Int, _ reason: String) {
        do {
            _ = try parse(text)
            Issue.record("no error for \(text)")
        } catch let error as IngestPrimitiveError {
            guard case let .invalidPythonLiteral(errorOffset, errorLine, errorColumn, errorReason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(errorOffset == offset)
            #expect(errorLine == line)
            #expect(errorColumn == column)
            #expect(errorReason.hasPrefix(reason), "\(errorReason)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "[(", count: 100_000)
        #expect(throws: IngestPrimitiveError.nestingTooDeep(offset: JSONScanner.maximumDepth)) { try parse(text) }
    }

    @Test func realLogsAPIBatchRepr() throws {
        let bytes = try RealSample.bytes(
            "d_aws-samples-aws-lambda-extensions_s3-logs-extension-demo_logs-api-batch_python-repr.log")
        let (value, end) = try bytes.withUnsafeBytes { try PythonLiteral.parse($0, from: 0) }
        #expect(end == bytes.count)
        let records = try #require(value.arrayValue)
        #expect(
            records.map { $0["type"]?.stringValue ?? "" } == [
                "platform.start", "platform.logsSubscription", "platform.extension", "function", "platform.end",
                "platform.report",
            ])
        #expect(records[1]["record", "types"] == .array([.string("platform"), .string("function")]))
        #expect(records[3]["record"] == .string("Function: Logging something which logging extension will send to S3\n"))
        let metrics = try #require(records[5]["record", "metrics"])
        #expect(metrics["initDurationMs"] == .number(792.41))
        #expect(metrics["durationMs"] == .number(4.96))
        #expect(metrics["billedDurationMs"] == .number(100))
        #expect(records[5]["record", "tracing", "value"]?.stringValue?.hasPrefix("Root=1-5fad4cc9-") == true)
    }

    @Test func jsonScannerRejectsTheReprSoCallersFallBack() throws {
        let bytes = try RealSample.bytes(
            "d_aws-samples-aws-lambda-extensions_s3-logs-extension-demo_logs-api-batch_python-repr.log")
        bytes.withUnsafeBytes { buffer in
            var scanner = JSONScanner(buffer)
            #expect(
                throws: IngestPrimitiveError.invalidJSON(
                    offset: 2, line: 1, column: 3, reason: "expected a string key in object, found '''")
            ) {
                _ = try scanner.readValue()
            }
        }
    }
}
