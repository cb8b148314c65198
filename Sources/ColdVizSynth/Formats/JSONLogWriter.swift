/// Lambda JSON log format (FORMATS.md §5): `<function>.json`, one get-log-events-style
/// `{"events": [...]}` document (indent 4) whose messages are the JSON-format events, stream after stream.
final class JSONLogWriter: FormatWriter {
    private var files: [String: (file: OutputFile, first: Bool)] = [:]

    func write(_ environments: [SynthEnvironment], burst: Int, context: WriteContext) throws(SynthError) {
        guard let function = environments.first?.function else { return }
        var entry = try file(function.name, context: context)
        for env in environments {
            for event in context.jsonEvents(env) {
                let ms = event.timestampMilliseconds
                try entry.file.write(
                    (entry.first ? "\n" : ",\n") + "        {\n"
                        + "            \"timestamp\": \(ms),\n"
                        + "            \"message\": \(JSONText.quote(event.message)),\n"
                        + "            \"ingestionTime\": \(ms + Int64(context.rng.integer(150, 2500)))\n"
                        + "        }")
                entry.first = false
            }
        }
        files[function.name] = entry
    }

    func finish(context: WriteContext) throws(SynthError) {
        for name in files.keys.sorted() {
            let file = files[name]!.file
            try file.write("\n    ]\n}\n")
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
