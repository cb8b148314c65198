/// Errors of baselines and comparisons: every message says what must be true and what was found.
public enum RegressionError: Error, Equatable, CustomStringConvertible {
    /// The baseline file could not be read.
    case unreadableBaseline(path: String, reason: String)
    /// The baseline file is not a coldviz baseline of a version this build reads.
    case badBaseline(path: String, reason: String)
    /// An item of a threshold list is not `STAT=AMOUNT` (`Threshold.listSyntax`).
    case badThreshold(String)
    /// The current grouping uses a dimension the baseline was not grouped by.
    case groupingNotInBaseline(asked: [Dimension], baseline: [Dimension])

    /// The message for the user: the path, threshold item or dimensions at fault, then what is wrong.
    public var description: String {
        switch self {
        case .unreadableBaseline(let path, let reason):
            "cannot read baseline \(path): \(reason)"
        case .badBaseline(let path, let reason):
            "\(path) is not a usable coldviz baseline: \(reason)"
        case .badThreshold(let item):
            "thresholds must be \(Threshold.listSyntax), not `\(item)`"
        case .groupingNotInBaseline(let asked, let baseline):
            "the baseline is grouped by \(baseline.map(\.rawValue).joined(separator: ",")), so a comparison can only group by those dimensions, not \(asked.map(\.rawValue).joined(separator: ","))"
        }
    }
}
