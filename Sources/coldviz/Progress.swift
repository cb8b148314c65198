import ColdVizCore
import Foundation

/// Progress on stderr, only when stderr is a terminal; erased when done.
final class Progress: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) != 0
    private let lock = NSLock()
    private var lastDraw = Date.distantPast

    /// Draws `label done/total`, at most every 100 ms.
    func update(_ label: String, _ done: Int, _ total: Int) {
        guard enabled else { return }
        lock.withLock {
            let now = Date()
            guard done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = now
            FileHandle.standardError.write(Data("\r\(label) \(done)/\(total) files".utf8))
        }
    }

    /// Erases the progress line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Writes a diagnostic line to stderr (`coldviz: error: ...`), red on a terminal.
func printError(_ message: String) {
    let colour = isatty(STDERR_FILENO) != 0
    let tag = colour ? "\u{1B}[31merror:\u{1B}[0m" : "error:"
    FileHandle.standardError.write(Data("coldviz: \(tag) \(message)\n".utf8))
}

/// Writes a diagnostic to stderr: `path:line: error: message` for a located problem,
/// `coldviz: warning: message` otherwise; the tag is coloured on a terminal.
func printDiagnostic(_ problem: InputProblem? = nil, _ text: String? = nil, kind: String = "error") {
    let colour = isatty(STDERR_FILENO) != 0
    let tag = colour ? "\u{1B}[\(kind == "error" ? 31 : 33)m\(kind):\u{1B}[0m" : "\(kind):"
    let line: String
    if let p = problem {
        line = "\(p.file)\(p.line.map { ":\($0)" } ?? ""): \(tag) \(p.message)"
    } else {
        line = "coldviz: \(tag) \(text ?? "")"
    }
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Prints the first `limit` problems of a dataset and how many more there are.
func printProblems(_ problems: [InputProblem], limit: Int = 20) {
    for p in problems.prefix(limit) { printDiagnostic(p) }
    if problems.count > limit {
        printDiagnostic(nil, "\(problems.count - limit) more problems not shown (see analyze --format json)")
    }
}
