/// Plain platform lines as pasted (docs/FORMATS.md §2): `<function>.log`, messages stream after stream,
/// no timestamps, tabs kept; the name of the file gives the function. One open file per function.
/// With `tail`, each line is prefixed as `aws logs tail --format detailed` prints it: time and stream.
final class TextFormatWriter: FormatWriter {
    private var files: [String: OutputFile] = [:]
    /// Folder under the output directory ("" for the top level).
    let folder: String
    let tail: Bool

    init(folder: String = "", tail: Bool = false) {
        self.folder = folder
        self.tail = tail
    }

    func write(_ environments: [SynthEnvironment], burst: Int, context: WriteContext) throws(SynthError) {
        guard let function = environments.first?.function else { return }
        let file = try file(function.name, context: context)
        for env in environments {
            for event in context.textEvents(env) {
                guard tail else {
                    try file.write(event.message)
                    continue
                }
                // `2024-03-04T09:01:24.036000+00:00 <stream> <message>`
                let time = TimeText.iso(event.timestampMilliseconds).dropLast() + "000+00:00"
                try file.write(time + " " + env.streamName + " " + event.message)
            }
        }
    }

    func finish(context: WriteContext) throws(SynthError) {
        for name in files.keys.sorted() { try files[name]!.close() }
        files = [:]
    }

    private func file(_ name: String, context: WriteContext) throws(SynthError) -> OutputFile {
        if let f = files[name] { return f }
        let f = try context.open(folder + name + ".log")
        files[name] = f
        return f
    }
}
