/// `aws logs filter-log-events` output (FORMATS.md §4.2): one CLI document per function (indent 4),
/// items with `logStreamName` and `eventId`, each burst's events interleaved by time across streams.
final class FilterLogEventsWriter: FormatWriter {
    private var files: [String: (file: OutputFile, first: Bool)] = [:]

    func write(_ environments: [SynthEnvironment], burst: Int, context: WriteContext) throws(SynthError) {
        guard let function = environments.first?.function else { return }
        var entry = try file(function.name, context: context)
        var events: [(event: LogEvent, stream: String, order: Int)] = []
        for env in environments {
            for e in context.textEvents(env) { events.append((e, env.streamName, events.count)) }
        }
        events.sort { ($0.event.timestampMilliseconds, $0.order) < ($1.event.timestampMilliseconds, $1.order) }
        for (event, stream, _) in events {
            let ms = event.timestampMilliseconds
            let ingestion = ms + Int64(context.rng.integer(150, 2500))
            try entry.file.write(
                (entry.first ? "\n" : ",\n") + "        {\n"
                    + "            \"logStreamName\": \(JSONText.quote(stream)),\n"
                    + "            \"timestamp\": \(ms),\n"
                    + "            \"message\": \(JSONText.quote(event.message)),\n"
                    + "            \"ingestionTime\": \(ingestion),\n"
                    + "            \"eventId\": \"\(context.eventId(ms))\"\n"
                    + "        }")
            entry.first = false
        }
        files[function.name] = entry
    }

    func finish(context: WriteContext) throws(SynthError) {
        for name in files.keys.sorted() {
            let file = files[name]!.file
            try file.write("\n    ],\n    \"searchedLogStreams\": []\n}\n")
            try file.close()
        }
        files = [:]
    }

    private func file(_ name: String, context: WriteContext) throws(SynthError) -> (file: OutputFile, first: Bool) {
        if let f = files[name] { return f }
        let f = try context.open(name + ".json")
        try f.write("{\n    \"events\": [")
        files[name] = (f, true)
        return (f, true)
    }
}
