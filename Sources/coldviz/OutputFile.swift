import ArgumentParser
import Foundation

/// Writes command output to stdout or atomically to a file.
enum OutputFile {
    /// Writes `text` to `path` (temporary file, then rename), or to stdout when `path` is nil or `-`.
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Diagnostics.fail("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
