/// A phase of an X-Ray trace of a Lambda invocation, in the order charts and tables show them.
public enum TracePhase: String, CaseIterable, Sendable {
    case initialization = "Initialization"
    case invocation = "Invocation"
    case overhead = "Overhead"
    case restore = "Restore"
    /// The whole `AWS::Lambda` segment, of which the others are parts.
    case endToEnd = "End-to-end"

    /// The phase's duration in a trace, in ms.
    var duration: KeyPath<TraceRecord, Double?> {
        switch self {
        case .initialization: \.initializationMilliseconds
        case .invocation: \.invocationMilliseconds
        case .overhead: \.overheadMilliseconds
        case .restore: \.restoreMilliseconds
        case .endToEnd: \.endToEndMilliseconds
        }
    }

    /// Whether the phase is a part of the end-to-end duration (all but `endToEnd`).
    public var isPart: Bool { self != .endToEnd }

    /// Its key in `analyze --format json`: `initialization`, ..., `endToEnd`.
    public var jsonKey: String { self == .endToEnd ? "endToEnd" : rawValue.lowercased() }
}
