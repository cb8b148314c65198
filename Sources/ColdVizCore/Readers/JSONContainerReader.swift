/// Reads the JSON family of inputs: one or more top-level documents (concatenated, JSON lines,
/// blank-line separated) of any shape in docs/FORMATS.md §1.3. A document that does not parse is reported
/// with its line and reading resumes at the next line that opens a document.
struct JSONContainerReader {
    let bytes: UnsafeRawBufferPointer
    let context: FileContext
    /// Events inside a decoded payload all take the line of the envelope that carried them.
    var lineOverride: Int?

    func read(into ingest: inout FileIngest) {
        var scanner = JSONScanner(bytes)
        var lines = LineCounter(bytes)
        var first = true
        var releaser = PageReleaser(bytes, of: context.input)
        while !scanner.isAtEnd {
            let start = scanner.offset
            releaser.advance(to: start)
            let line = lineOverride ?? lines.line(at: start)
            do {
                try readDocument(&scanner, line: line, lines: &lines, into: &ingest)
            } catch {
                if first, let repr = pythonRepr(at: start, line: line, into: &ingest) {
                    scanner = JSONScanner(bytes, startOffset: repr)
                    first = false
                    continue
                }
                report(error, scanner: scanner, into: &ingest)
                guard let next = scanner.nextDocumentStart(after: max(scanner.offset, start + 1)) else { break }
                scanner = JSONScanner(bytes, startOffset: next, knownLine: lines.line(at: next))
            }
            first = false
        }
    }

    private func report(_ error: IngestPrimitiveError, scanner: JSONScanner, into ingest: inout FileIngest) {
        switch error {
        case .invalidJSON(_, let line, let column, let reason):
            let l = lineOverride ?? line
            ingest.malformed(line: l, "invalid JSON at column \(column): \(reason); skipped to the next document")
        case .nestingTooDeep(let offset):
            let l = lineOverride ?? scanner.lineAndColumn(of: offset).line
            ingest.malformed(line: l, "JSON nested too deeply; skipped to the next document")
        default:
            ingest.malformed(line: lineOverride, "\(error)")
        }
    }

    /// A file of Python literals (`[{'time': ...}]`): read it as a batch. Returns where reading stopped.
    private func pythonRepr(at start: Int, line: Int, into ingest: inout FileIngest) -> Int? {
        guard start + 1 < bytes.count, bytes[start + 1] == UInt8(ascii: "'") || bytes.matches("[{'", at: start) else {
            return nil
        }
        guard let (value, end) = try? PythonLiteral.parse(bytes, from: start) else { return nil }
        route(value, line: line, into: &ingest)
        return end
    }

    private func readDocument(
        _ scanner: inout JSONScanner, line: Int, lines: inout LineCounter,
        into ingest: inout FileIngest
    ) throws(IngestPrimitiveError) {
        guard scanner.peekByte() == UInt8(ascii: "{") else {
            let value = try scanner.readValue()
            route(value, line: line, into: &ingest)
            return
        }
        // Stream a top-level `events` array item by item (get-/filter-log-events can be huge);
        // keep every other member and route the document once it is closed.
        var members: [(key: String, value: JSONValue)] = []
        var streamedEvents = false
        var itemLines: MemberItemLines?
        try scanner.beginObject()
        while let key = try scanner.nextKey() {
            if key == "events", scanner.peekByte() == UInt8(ascii: "[") {
                try streamEvents(&scanner, lines: &lines, into: &ingest)
                streamedEvents = true
            } else if itemLines == nil, key == "Records" || key == "Events", scanner.peekByte() == UInt8(ascii: "[") {
                // CloudTrail's events, each reported at its own line.
                var found = MemberItemLines(key: key)
                members.append((key, try readItems(&scanner, lines: &lines, into: &found)))
                itemLines = found
            } else {
                members.append((key, try scanner.readValue()))
            }
        }
        if streamedEvents { return }
        routeObject(JSONObject(members: members), line: line, itemLines: itemLines, into: &ingest)
    }

    /// Reads the array whose `[` is next, noting the line of each item in `itemLines`. O(bytes of the array).
    private func readItems(
        _ scanner: inout JSONScanner, lines: inout LineCounter, into itemLines: inout MemberItemLines
    ) throws(IngestPrimitiveError) -> JSONValue {
        var items: [JSONValue] = []
        try scanner.beginArray()
        while try scanner.nextElement() {
            itemLines.lines.append(lineOverride ?? lines.line(at: scanner.offset))
            items.append(try scanner.readValue())
        }
        return .array(items)
    }
}

/// The lines of the items of one array member of a top-level document, read item by item.
struct MemberItemLines {
    /// The member's key.
    var key: String
    var lines: [Int] = []

    /// The line of item `index` of the member named `key`, or `fallback` when these lines are another member's.
    func line(of index: Int, in key: String, else fallback: Int) -> Int {
        key == self.key && index < lines.count ? lines[index] : fallback
    }
}
