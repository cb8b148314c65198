/// Errors in label settings: every message says what must be true and what was found.
public enum LabelError: Error, Equatable, CustomStringConvertible {
    case unknownDimension(String)
    case badPattern(String, reason: String)
    case badLabelsFile(path: String, reason: String)

    /// The message for the user: the dimension, pattern or labels file at fault, then what is wrong.
    public var description: String {
        switch self {
        case .unknownDimension(let name):
            "`\(name)` is not a dimension; use one of \(Dimension.allCases.map(\.rawValue).joined(separator: ", "))"
        case .badPattern(let pattern, let reason):
            "label pattern `\(pattern)` \(reason)"
        case .badLabelsFile(let path, let reason):
            "labels file \(path): \(reason)"
        }
    }
}
