/// Where something was found: an input file (by index into the run's file list) and a 1-based line.
public struct SourceLocation: Sendable, Hashable, Comparable {
    /// Index into ``IngestResult/files``.
    public var fileIndex: Int
    /// 1-based line of the event's first byte, or 0 when the container has no lines (decoded payloads).
    public var line: Int

    /// Creates a location.
    public init(fileIndex: Int, line: Int) {
        self.fileIndex = fileIndex
        self.line = line
    }

    /// Input order: by file index, then by line.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.fileIndex, a.line) < (b.fileIndex, b.line)
    }
}

/// A located problem with the input: a malformed line, an unreadable file, invalid JSON.
public struct InputProblem: Sendable, Equatable {
    /// The file as the user named it (or as found under a directory they named).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// What was wrong, in words a person can act on.
    public var message: String

    /// Creates a problem.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `path:line: message`, the compiler-style form used on stderr.
    public var formatted: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
