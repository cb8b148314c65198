import ArgumentParser
import ColdVizCore
import Foundation

/// The one path from the commands to stderr: diagnostics written as they come, coloured on a
/// terminal, and the exit statuses the commands document.
enum Diagnostics {
    private static let colour = isatty(STDERR_FILENO) != 0

    static func emit(_ diagnostic: Diagnostic) {
        FileHandle.standardError.write(Data((diagnostic.rendered(colour: colour) + "\n").utf8))
    }

    static func error(_ message: String) { emit(Diagnostic(.error, message)) }
    static func warning(_ message: String) { emit(Diagnostic(.warning, message)) }
    static func note(_ message: String) { emit(Diagnostic(.note, message)) }

    /// Emits `message` as an error and returns the exit status to throw: `throw Diagnostics.fail(...)`.
    static func fail(_ message: String, _ status: ExitCode = .failure) -> ExitCode {
        error(message)
        return status
    }

    /// The first `limit` input problems, then how many more there are.
    static func problems(_ problems: [InputProblem], limit: Int = 20) {
        for p in problems.prefix(limit) { emit(Diagnostic(p)) }
        if problems.count > limit { error("\(problems.count - limit) more problems not shown (see analyze --format json)") }
    }
}

extension ExitCode {
    /// 2: some input (or a baseline) could not be read; what could be was used.
    static let unusableInput = ExitCode(2)
}
