extension FileIngest {
    /// Classifies one event message and records, ignores or reports it. Exactly one outcome per call.
    mutating func consume(message: UnsafeRawBufferPointer, meta: EventMeta) {
        switch PlatformLineParser.classify(message) {
        case .record(let record):
            if meta.isEmulator { ignore(.emulatorOutput) } else { self.record(record, meta: meta) }
        case .malformed(let reason):
            malformed(line: meta.line, reason)
        case .ignored(let reason):
            ignore(meta.isEmulator && reason == .applicationOutput ? .emulatorOutput : reason)
        case .json:
            consumeJSONMessage(message, meta: meta)
        }
    }

    /// A message that starts with `{`: parse it; a platform event becomes a record, anything else is
    /// an application log (kept only for counting).
    private mutating func consumeJSONMessage(_ message: UnsafeRawBufferPointer, meta: EventMeta) {
        var scanner = JSONScanner(message)
        guard let value = try? scanner.readValue() else {
            ignore(.applicationOutput)
            return
        }
        consume(jsonRecord: value, meta: meta)
    }

    /// Records, ignores or reports one JSON log object (a JSON-format / Telemetry event or an app log).
    mutating func consume(jsonRecord value: JSONValue, meta: EventMeta) {
        let (kind, time, note) = JSONRecordClassifier.classify(value)
        var meta = meta
        if meta.timestampMilliseconds == nil { meta.timestampMilliseconds = time }
        if let note { warn(line: meta.line, note) }
        switch kind {
        case .record(let record): self.record(record, meta: meta)
        case .malformed(let reason): malformed(line: meta.line, reason)
        case .ignored(let reason): ignore(reason)
        case .json: ignore(.structuredApplicationLog)
        }
    }
}
