extension FileIngest {
    /// Classifies one event message and records, ignores or reports it. Exactly one outcome per call.
    mutating func consume(message: UnsafeRawBufferPointer, meta: EventMeta) {
        var tape = JSONTape()
        consume(message: message, meta: meta, tape: &tape)
    }

    /// As `consume(message:meta:)`, indexing a JSON message with `tape` (kept by the caller for reuse).
    mutating func consume(message: UnsafeRawBufferPointer, meta: EventMeta, tape: inout JSONTape) {
        switch PlatformLineParser.classify(message) {
        case .record(let record):
            if meta.isEmulator { ignore(.emulatorOutput) } else { self.record(record, meta: meta) }
        case .malformed(let reason):
            malformed(line: meta.line, reason)
        case .ignored(let reason):
            ignore(meta.isEmulator && reason == .applicationOutput ? .emulatorOutput : reason)
        case .json:
            consumeJSONMessage(message, meta: meta, tape: &tape)
        }
    }

    /// A message that starts with `{`: index it (no tree, no `String`s but the values kept); a platform event
    /// becomes a record, anything else is an application log (kept only for counting). Text that
    /// `JSONScanner.readValue()` rejects is application output.
    private mutating func consumeJSONMessage(_ message: UnsafeRawBufferPointer, meta: EventMeta, tape: inout JSONTape) {
        // A platform event's type is `platform.…`, spelled out or with escapes.
        if !readsApplicationLogs, message.firstIndex(of: "platform.") == nil,
            message.firstIndex(of: UInt8(ascii: "\\"), from: 0) == nil
        {
            ignore(.structuredApplicationLog)
            return
        }
        guard tape.read(message) else {
            ignore(.applicationOutput)
            return
        }
        consume(classified: tape.withRoot { JSONRecordClassifier.classify($0) }, meta: meta)
    }

    /// Records, ignores or reports one JSON log object (a JSON-format / Telemetry event or an app log).
    mutating func consume<Value: JSONReadable>(jsonRecord value: Value, meta: EventMeta) {
        consume(classified: JSONRecordClassifier.classify(value), meta: meta)
    }

    private mutating func consume(
        classified: (MessageClass, timestampMilliseconds: Int64?, note: String?), meta: EventMeta
    ) {
        let (kind, time, note) = classified
        var meta = meta
        if meta.timestampMilliseconds == nil { meta.timestampMilliseconds = time }
        if let note { warn(line: meta.line, note) }
        switch kind {
        case .record(.appLog) where !readsApplicationLogs: ignore(.structuredApplicationLog)
        case .record(let record): self.record(record, meta: meta)
        case .malformed(let reason): malformed(line: meta.line, reason)
        case .ignored(let reason): ignore(reason)
        case .json: ignore(.structuredApplicationLog)
        }
    }
}
