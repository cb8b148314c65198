import ColdVizCore

/// A message for the user on stderr: its severity, where it points (a file and line, when it has one)
/// and what it says.
struct Diagnostic: Equatable {
    enum Severity: String {
        case error, warning, note

        /// ANSI colour of the tag on a terminal: red for errors, yellow otherwise.
        var colourCode: Int { self == .error ? 31 : 33 }
    }

    var severity: Severity
    var file: String?
    var line: Int?
    var message: String

    init(_ severity: Severity, _ message: String, file: String? = nil, line: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
    }

    /// An input problem: an error at its file and line.
    init(_ problem: InputProblem) { self.init(.error, problem.message, file: problem.file, line: problem.line) }

    /// `path:line: error: message` when located, `coldviz: warning: message` otherwise; the tag
    /// coloured when `colour`.
    func rendered(colour: Bool) -> String {
        let tag = colour ? "\u{1B}[\(severity.colourCode)m\(severity.rawValue):\u{1B}[0m" : "\(severity.rawValue):"
        let place = file.map { f in f + (line.map { ":\($0)" } ?? "") } ?? "coldviz"
        return "\(place): \(tag) \(message)"
    }
}
