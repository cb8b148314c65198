/// The quantity `coldviz check` and `coldviz compare` test, per group.
public enum Metric: String, Sendable, CaseIterable {
    /// Init Duration of cold starts, ms.
    case initDuration
    /// Duration of all invocations, ms.
    case duration
    /// Cold starts / invocations, as the mean of one 0/1 indicator per invocation.
    case coldStartRate
    /// What a million invocations cost in USD, as the mean of each invocation's cost times a million
    /// (``GroupCost/usdPerMillionInvocations``).
    case usdPerMillionInvocations

    /// The unit printed after values: `ms`, `USD`, or empty for the rate (printed in percent).
    public var unit: String {
        switch self {
        case .coldStartRate: ""
        case .usdPerMillionInvocations: "USD"
        case .initDuration, .duration: "ms"
        }
    }

    /// What the statistics are computed over, for headings.
    public var title: String {
        switch self {
        case .initDuration: "Init Duration (ms) of cold starts"
        case .duration: "Duration (ms) of all invocations"
        case .coldStartRate: "cold-start rate (cold starts / invocations)"
        case .usdPerMillionInvocations: "cost in USD per million invocations"
        }
    }
}
