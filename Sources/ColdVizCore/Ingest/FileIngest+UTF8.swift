/// Ids and names that were not UTF-8 in the input: readers decode them with their bad bytes replaced by
/// U+FFFD (as `String(decoding:as:)` does) and keep them; the first of each kind in a file (in each piece
/// of a text file read in pieces) is warned about with its line.
enum NotUTF8Field: UInt8 {
    case requestId, traceId, functionName, runtimeVersion, logGroup, logStream

    var name: String {
        switch self {
        case .requestId: "request id"
        case .traceId: "trace id"
        case .functionName: "function name"
        case .runtimeVersion: "runtime version"
        case .logGroup: "log group"
        case .logStream: "log stream"
        }
    }
}

extension FileIngest {
    /// Checks the ids and names `record` carries. O(1) for packed ids, else O(their length).
    mutating func checkUTF8(of record: PlatformRecord, line: Int) {
        switch record {
        case .report(let r):
            checkUTF8(r.requestId, .requestId, line: line)
            checkUTF8(r.traceId, .traceId, line: line)
        case .start(let id), .end(let id): checkUTF8(id, .requestId, line: line)
        case .failureMarker(let id): checkUTF8(id, .requestId, line: line)
        case .initStart(let f), .restoreStart(let f):
            checkUTF8(f.functionName, .functionName, line: line)
            checkUTF8(f.runtimeVersion, .runtimeVersion, line: line)
        case .appLog(let a):
            checkUTF8(a.requestId, .requestId, line: line)
            checkUTF8(a.traceId, .traceId, line: line)
            checkUTF8(a.functionName, .functionName, line: line)
        case .initReport, .restoreReport, .importTime: break
        }
    }

    /// Checks the ids and function name of an X-Ray trace record.
    mutating func checkUTF8(of trace: TraceRecord) {
        let line = trace.location.line
        checkUTF8(trace.requestId, .requestId, line: line)
        checkUTF8(trace.traceId, .traceId, line: line)
        checkUTF8(trace.functionName, .functionName, line: line)
    }

    mutating func checkUTF8(_ id: LogId?, _ field: NotUTF8Field, line: Int) {
        guard let id, id.holdsReplacementCharacter else { return }
        warnNotUTF8(id.description, field, line: line)
    }

    mutating func checkUTF8(_ text: String?, _ field: NotUTF8Field, line: Int) {
        guard let text, text.holdsReplacementCharacter else { return }
        warnNotUTF8(text, field, line: line)
    }

    private mutating func warnNotUTF8(_ text: String, _ field: NotUTF8Field, line: Int) {
        let bit: UInt8 = 1 << field.rawValue
        guard notUTF8Warned & bit == 0 else { return }
        notUTF8Warned |= bit
        warn(line: line > 0 ? line : nil, "\(field.name) `\(text)` has bytes that are not UTF-8 (read as U+FFFD)")
    }
}

extension String {
    /// True when the text holds U+FFFD, what bytes that are not UTF-8 are read as. O(length).
    var holdsReplacementCharacter: Bool {
        // U+FFFD is EF BF BD in UTF-8; the bytes are searched without decoding.
        var utf8 = self.utf8[...]
        while let i = utf8.firstIndex(of: 0xEF) {
            if utf8[i...].starts(with: [0xEF, 0xBF, 0xBD]) { return true }
            utf8 = utf8[utf8.index(after: i)...]
        }
        return false
    }
}
