/// The S3 export tree (docs/FORMATS.md §3.6, §4.4): `<function>/aws-logs-write-test`, then one gzip object
/// `<function>/<task id>/<stream>/000000.gz` per stream with `<ISO ms Z> <message>` lines. Objects are
/// always gzip, as AWS writes them; duplicated events sit at the end of their object (AWS does not
/// promise time order inside an export).
final class S3ExportWriter: FormatWriter {
    private var taskIds: [String: String] = [:]

    func write(_ environments: [SynthEnvironment], burst: Int, context: WriteContext) throws(SynthError) {
        guard let function = environments.first?.function else { return }
        let task = try taskId(function.name, context: context)
        for env in environments {
            let file = try OutputFile(
                path: context.options.outputDirectory + "/\(function.name)/\(task)/\(env.streamName)/000000.gz",
                gzip: true, counter: context.counter)
            for event in context.textEvents(env) {
                try file.write(TimeText.iso(event.timestampMilliseconds) + " " + event.message)
            }
            try file.close()
        }
    }

    func finish(context: WriteContext) throws(SynthError) {}

    private func taskId(_ name: String, context: WriteContext) throws(SynthError) -> String {
        if let t = taskIds[name] { return t }
        let t = context.rng.uuid()
        taskIds[name] = t
        let probe = try OutputFile(
            path: context.options.outputDirectory + "/\(name)/aws-logs-write-test", gzip: false,
            counter: context.counter)
        try probe.write("Permission Check Successful")
        try probe.close()
        return t
    }
}
