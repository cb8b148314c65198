import Testing

@testable import ColdVizCore

@Suite struct JSONScannerStreamingTests {
    @Test func streamsAnObjectAndItsArrayWithoutBuildingThem() throws {
        let text =
            #"{"events": [ {"timestamp": 1, "message": "a"}, {"timestamp": 2, "message": "b"} ], "big": {"x": [1, 2]}, "nextForwardToken": "f/1"}"#
        try withBytes(text) { bytes in
            var scanner = JSONScanner(bytes)
            try scanner.beginObject()
            var keys: [String] = []
            var timestamps: [Double] = []
            var token: String?
            while let key = try scanner.nextKey() {
                keys.append(key)
                switch key {
                case "events":
                    try scanner.beginArray()
                    while try scanner.nextElement() {
                        timestamps.append(try scanner.readValue()["timestamp"]?.doubleValue ?? -1)
                    }
                case "nextForwardToken":
                    token = try scanner.readValue().stringValue
                default:
                    try scanner.skipValue()
                }
            }
            #expect(keys == ["events", "big", "nextForwardToken"])
            #expect(timestamps == [1, 2])
            #expect(token == "f/1")
            let atEnd = scanner.isAtEnd
            #expect(atEnd)
        }
    }

    @Test func emptyContainersCloseImmediately() throws {
        try withBytes("{ } [ ]") { bytes in
            var scanner = JSONScanner(bytes)
            try scanner.beginObject()
            #expect(try scanner.nextKey() == nil)
            try scanner.beginArray()
            #expect(try scanner.nextElement() == false)
        }
    }

    @Test(arguments: [
        ("{\"a\": 1 \"b\": 2}", 8, "expected ',' or '}' after object member"),
        ("{\"a\": 1, }", 9, "trailing comma before '}'"),
        ("[1, 2,]", 6, "trailing comma before ']'"),
        ("[1 2]", 3, "expected ',' or ']' after array element"),
        ("{\"a\" 1}", 5, "expected ':' after object key"),
        ("[1]", 0, "expected '{' (an object)"),
    ])
    func reportsStructureErrorsWhileStreaming(_ text: String, _ offset: Int, _ reason: String) {
        withBytes(text) { bytes in
            var scanner = JSONScanner(bytes)
            do throws(IngestPrimitiveError) {
                if text.hasPrefix("{") || text == "[1]" {
                    try scanner.beginObject()
                    while try scanner.nextKey() != nil { try scanner.skipValue() }
                } else {
                    try scanner.beginArray()
                    while try scanner.nextElement() { try scanner.skipValue() }
                }
                Issue.record("no error")
            } catch {
                guard case let .invalidJSON(errorOffset, _, _, errorReason) = error else {
                    Issue.record("unexpected \(error)")
                    return
                }
                #expect(errorOffset == offset)
                #expect(errorReason.hasPrefix(reason), "\(errorReason)")
            }
        }
    }

    @Test func misuseIsAnErrorNotACrash() {
        withBytes("[1]") { bytes in
            var scanner = JSONScanner(bytes)
            #expect(throws: IngestPrimitiveError.self) { try scanner.nextKey() }
            #expect(throws: IngestPrimitiveError.self) { try scanner.nextElement() }
        }
    }

    @Test func streamedContainersCountTowardsTheDepthLimit() {
        let depth = JSONScanner.maximumDepth
        let text = String(repeating: "[", count: depth + 1)
        withBytes(text) { bytes in
            var scanner = JSONScanner(bytes)
            var opened = 0
            do throws(IngestPrimitiveError) {
                while true {
                    try scanner.beginArray()
                    opened += 1
                    _ = try scanner.nextElement()
                }
            } catch {
                #expect(error == .nestingTooDeep(offset: depth))
            }
            #expect(opened == depth)
        }
    }
}

@Suite struct JSONScannerPositionTests {
    @Test func lineAndColumnAreOneBasedBytes() {
        withBytes("ab\ncd\r\n\néf") { bytes in
            let scanner = JSONScanner(bytes)
            #expect(scanner.lineAndColumn(of: 0) == (1, 1))
            #expect(scanner.lineAndColumn(of: 2) == (1, 3))
            #expect(scanner.lineAndColumn(of: 3) == (2, 1))
            #expect(scanner.lineAndColumn(of: 8) == (4, 1))
            #expect(scanner.lineAndColumn(of: 10) == (4, 3))
        }
    }

    @Test func nextDocumentStartLooksOnlyAtLineStartsAfterTheOffset() {
        withBytes("{\"a\" 1}\n  {\"indented\": 1}\nx[\n[2]\n{}") { bytes in
            let scanner = JSONScanner(bytes)
            #expect(scanner.nextDocumentStart(after: 0) == 29)
            #expect(scanner.nextDocumentStart(after: 29) == 33)
            #expect(scanner.nextDocumentStart(after: 33) == nil)
        }
    }

    @Test func seekForgetsStreamedContainers() throws {
        try withBytes("[1, {\"a\": [2]}") { bytes in
            var scanner = JSONScanner(bytes)
            try scanner.beginArray()
            #expect(try scanner.nextElement())
            scanner.seek(to: 4)
            #expect(try scanner.readValue() == .object(JSONObject(members: [("a", .array([.number(2)]))])))
            #expect(throws: IngestPrimitiveError.self) { try scanner.nextElement() }
        }
    }
}
