import ColdVizCore

/// Problems with a `coldviz.toml`: each names the file, the line and what was expected.
public enum ConfigError: Error, Equatable, CustomStringConvertible {
    case cannotRead(path: String)
    case syntax(path: String, line: Int, message: String)
    case unknownKey(path: String, line: Int, key: String, expected: [String])
    case wrongType(path: String, line: Int, key: String, expected: String, found: String)
    case badValue(path: String, line: Int, key: String, message: String)

    public var description: String {
        switch self {
        case .cannotRead(let path):
            "\(path): cannot be read"
        case .syntax(let path, let line, let message):
            "\(path):\(line): invalid TOML: \(message)"
        case .unknownKey(let path, let line, let key, let expected):
            "\(path):\(line): unknown key `\(key)`; expected one of \(expected.joined(separator: ", "))"
        case .wrongType(let path, let line, let key, let expected, let found):
            "\(path):\(line): `\(key)` must be \(expected), not \(found)"
        case .badValue(let path, let line, let key, let message):
            "\(path):\(line): `\(key)` \(message)"
        }
    }
}

extension ConfigError {
    /// The error as a located problem, for `path:line: error: message` diagnostics.
    public var problem: InputProblem {
        switch self {
        case .cannotRead(let path): InputProblem(file: path, line: nil, message: "cannot be read")
        case .syntax(let path, let line, let message): InputProblem(file: path, line: line, message: "invalid TOML: \(message)")
        case .unknownKey(let path, let line, let key, let expected):
            InputProblem(
                file: path, line: line, message: "unknown key `\(key)`; expected one of \(expected.joined(separator: ", "))")
        case .wrongType(let path, let line, let key, let expected, let found):
            InputProblem(file: path, line: line, message: "`\(key)` must be \(expected), not \(found)")
        case .badValue(let path, let line, let key, let message):
            InputProblem(file: path, line: line, message: "`\(key)` \(message)")
        }
    }
}
