/// `aws logs filter-log-events` output (docs/FORMATS.md §4.2): one CLI document per function (indent 4),
/// items with `logStreamName` and `eventId`, each burst's events interleaved by time across streams.
final class FilterLogEventsWriter: FormatWriter {
    private var documents = EventsDocumentFiles()

    func write(_ environments: [SynthEnvironment], burst: Int, context: WriteContext) throws(SynthError) {
        guard let function = environments.first?.function else { return }
        var events: [(event: LogEvent, stream: String, order: Int)] = []
        for env in environments {
            for e in context.textEvents(env) { events.append((e, env.streamName, events.count)) }
        }
        events.sort { ($0.event.timestampMilliseconds, $0.order) < ($1.event.timestampMilliseconds, $1.order) }
        for (event, stream, _) in events {
            let ms = event.timestampMilliseconds
            let ingestion = ms + Int64(context.rng.integer(150, 2500))
            try documents.append(
                "        {\n"
                    + "            \"logStreamName\": \(JSONText.quote(stream)),\n"
                    + "            \"timestamp\": \(ms),\n"
                    + "            \"message\": \(JSONText.quote(event.message)),\n"
                    + "            \"ingestionTime\": \(ingestion),\n"
                    + "            \"eventId\": \"\(context.eventId(ms))\"\n"
                    + "        }", to: function.name, context: context)
        }
    }

    func finish(context: WriteContext) throws(SynthError) {
        try documents.finish(trailer: ",\n    \"searchedLogStreams\": []")
    }
}
