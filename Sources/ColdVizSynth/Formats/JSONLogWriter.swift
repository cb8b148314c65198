/// Lambda JSON log format (docs/FORMATS.md §5): `<function>.json`, one get-log-events-style
/// `{"events": [...]}` document (indent 4) whose messages are the JSON-format events, stream after stream.
final class JSONLogWriter: FormatWriter {
    private var documents = EventsDocumentFiles()

    func write(_ environments: [SynthEnvironment], burst: Int, context: WriteContext) throws(SynthError) {
        guard let function = environments.first?.function else { return }
        for env in environments {
            for event in context.jsonEvents(env) {
                let ms = event.timestampMilliseconds
                try documents.append(
                    "        {\n"
                        + "            \"timestamp\": \(ms),\n"
                        + "            \"message\": \(JSONText.quote(event.message)),\n"
                        + "            \"ingestionTime\": \(ms + Int64(context.rng.integer(150, 2500)))\n"
                        + "        }", to: function.name, context: context)
            }
        }
    }

    func finish(context: WriteContext) throws(SynthError) {
        try documents.finish()
    }
}
