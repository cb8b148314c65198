/// Decoded subscription payloads (docs/FORMATS.md §4.3): `<function>.jsonl`, one compact `DATA_MESSAGE` per
/// line holding 2-8 consecutive events of one stream, in delivery order (by their last event's time).
/// A `CONTROL_MESSAGE` opens the first function's file, as when a subscription is created.
final class SubscriptionWriter: FormatWriter {
    private var files: [String: OutputFile] = [:]

    func write(_ environments: [SynthEnvironment], burst: Int, context: WriteContext) throws(SynthError) {
        guard let function = environments.first?.function else { return }
        let file = try file(function, context: context)
        var payloads: [(time: Int64, stream: String, line: String)] = []
        for env in environments {
            let events = context.textEvents(env)
            var index = 0
            while index < events.count {
                let chunk = events[index..<min(events.count, index + context.rng.integer(2, 8))]
                index = chunk.endIndex
                let items = chunk.map { e in
                    "{\"id\":\"\(context.eventId(e.timestampMilliseconds))\",\"timestamp\":\(e.timestampMilliseconds),\"message\":\(JSONText.quote(e.message))}"
                }.joined(separator: ",")
                let line =
                    "{\"messageType\":\"DATA_MESSAGE\",\"owner\":\"\(SynthRuntime.account)\",\"logGroup\":\"\(function.logGroup)\","
                    + "\"logStream\":\(JSONText.quote(env.streamName)),\"subscriptionFilters\":[\"coldviz-export\"],\"logEvents\":[\(items)]}\n"
                payloads.append((chunk.map(\.timestampMilliseconds).max()!, env.streamName, line))
            }
        }
        payloads.sort { ($0.time, $0.stream) < ($1.time, $1.stream) }
        for p in payloads { try file.write(p.line) }
    }

    func finish(context: WriteContext) throws(SynthError) {
        for name in files.keys.sorted() { try files[name]!.close() }
        files = [:]
    }

    private func file(_ function: SynthFunction, context: WriteContext) throws(SynthError) -> OutputFile {
        if let f = files[function.name] { return f }
        let f = try context.open(function.name + ".jsonl")
        if files.isEmpty {
            try f.write(
                "{\"messageType\":\"CONTROL_MESSAGE\",\"owner\":\"CloudwatchLogs\",\"logGroup\":\"\",\"logStream\":\"\","
                    + "\"subscriptionFilters\":[],\"logEvents\":[{\"id\":\"\",\"timestamp\":\(context.options.startMilliseconds),"
                    + "\"message\":\"CWL CONTROL MESSAGE: Checking health of destination Lambda function.\"}]}\n")
        }
        files[function.name] = f
        return f
    }
}
