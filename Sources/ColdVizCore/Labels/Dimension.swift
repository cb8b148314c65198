import Foundation

/// The dimensions an invocation can be grouped by.
public enum Dimension: String, CaseIterable, Sendable, Codable {
    case function, method, python, memory, architecture, runtimeVersion, logGroup, category
    /// The burst of cold starts an invocation belongs to (1, 2, ... in time order; ``TimeLabels``).
    case burst
    /// `post-deploy` or `steady` after the function's latest deployment (``TimeLabels``).
    case deploy

    /// Value given when nothing says what it is.
    public static let unknown = "unknown"

    /// Parses a comma-separated list such as `method,python,memory`.
    public static func parseList(_ text: String) throws(LabelError) -> [Dimension] {
        try text.split(separator: ",").map { raw throws(LabelError) -> Dimension in
            let name = raw.trimmingCharacters(in: .whitespaces)
            guard let d = Dimension(rawValue: name) else { throw .unknownDimension(name) }
            return d
        }
    }
}
