/// What reading many log event items reuses: a buffer for decoded strings, a tape for JSON messages and the
/// last stream name.
struct LogEventScratch {
    var decoded: [UInt8] = []
    var messageTape = JSONTape()
    let streamNames = RecentString()

    /// The `String` of a string value, the previous stream name's `String` when the bytes are the same
    /// (consecutive events mostly share their stream); nil for a non-string. O(length).
    mutating func streamName<Value: JSONReadable>(_ value: Value) -> String? {
        value.withStringBytes(decodingInto: &decoded) { streamNames.string($0) }
    }
}

extension JSONContainerReader {
    /// Test hook: read streamed `events` items as `JSONValue` trees instead of through a `JSONTape`.
    @TaskLocal static var readsEventsAsTrees = false

    /// Reads the items of an `events` array whose `[` is next, each indexed by one reused tape; an item the tape
    /// rejects is read by `scanner.readValue()`, which throws the error. O(bytes of the array).
    func streamEvents(
        _ scanner: inout JSONScanner, lines: inout LineCounter, into ingest: inout FileIngest
    ) throws(IngestPrimitiveError) {
        let usesTape = !Self.readsEventsAsTrees
        var tape = JSONTape()
        var scratch = LogEventScratch()
        var releaser = PageReleaser(scanner.bytes, of: context.input)
        try scanner.beginArray()
        while try scanner.nextElement() {
            releaser.advance(to: scanner.offset)
            let line = lineOverride ?? lines.line(at: scanner.offset)
            if usesTape, tape.read(scanner.bytes, at: scanner.offset, enclosingDepth: scanner.openContainers.count) {
                scanner.skipValue(endingAt: tape.endOffset)
                tape.withRoot { item in
                    logEvent(
                        item, group: context.logGroup, stream: context.logStream, line: line, scratch: &scratch,
                        into: &ingest)
                }
            } else {
                let item = try scanner.readValue()
                logEvent(
                    item, group: context.logGroup, stream: context.logStream, line: line, scratch: &scratch, into: &ingest)
            }
        }
    }

    /// One CloudWatch log event item: `{timestamp, message, [logStreamName], [eventId|id], [ingestionTime]}`.
    /// The event id is not kept: events are ordered by time and input order, and deduplicated by content.
    func logEvent<Item: JSONReadable>(
        _ item: Item, group: String?, stream: String?, line: Int, scratch: inout LogEventScratch,
        into ingest: inout FileIngest
    ) {
        if item.isObject, let message = item["message"] {
            var meta = EventMeta(logGroup: group, logStream: stream, line: line)
            if let name = item["logStreamName"], let text = scratch.streamName(name) { meta.logStream = text }
            if let time = item["timestamp"] {
                if let milliseconds = time.numberValue {
                    meta.timestampMilliseconds = Timestamp.milliseconds(milliseconds)
                } else {
                    meta.timestampMilliseconds =
                        time.withStringBytes(decodingInto: &scratch.decoded) { Timestamp.parseMilliseconds($0) } ?? nil
                }
            }
            var tape = JSONTape()
            swap(&tape, &scratch.messageTape)
            let consumed: Void? = message.withStringBytes(decodingInto: &scratch.decoded) { bytes in
                ingest.consume(message: bytes, meta: meta, tape: &tape)
            }
            swap(&tape, &scratch.messageTape)
            if consumed != nil { return }
        }
        if item.isObject, item["type"] != nil {  // a Telemetry record inside an events array
            ingest.consume(jsonRecord: item, meta: EventMeta(logGroup: group, logStream: stream, line: line))
            return
        }
        ingest.malformed(line: line, "log event without a `message` string")
    }
}
