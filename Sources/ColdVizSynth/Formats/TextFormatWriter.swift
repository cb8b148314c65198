/// Plain platform lines as pasted (FORMATS.md §2): `<function>.log`, messages stream after stream,
/// no timestamps, tabs kept; the name of the file gives the function. One open file per function.
final class TextFormatWriter: FormatWriter {
    private var files: [String: OutputFile] = [:]
    /// Folder under the output directory ("" for the top level).
    let folder: String

    init(folder: String = "") { self.folder = folder }

    func write(_ environments: [SynthEnvironment], burst: Int, context: WriteContext) throws(SynthError) {
        guard let function = environments.first?.function else { return }
        let file = try file(function.name, context: context)
        for env in environments {
            for event in context.textEvents(env) { try file.write(event.message) }
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
