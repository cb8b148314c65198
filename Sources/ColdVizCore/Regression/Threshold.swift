import ColdVizStats

/// The largest increase of a statistic that does not count as a regression.
public enum Threshold: Sendable, Hashable {
    /// A fraction of the baseline value: `10%` is `.relative(0.10)`.
    case relative(Double)
    /// An amount in the metric's unit: `50ms`, or `2pp` (percentage points, 0.02) for the rate.
    case absolute(Double)

    /// Whether `change` (now - baseline) exceeds this threshold for a baseline value `baseline`.
    public func isExceeded(change: Double, baseline: Double) -> Bool {
        switch self {
        case .relative(let f): change > f * abs(baseline)
        case .absolute(let a): change > a
        }
    }

    /// `10%`, `50ms`, `2pp`.
    public var text: String {
        switch self {
        case .relative(let f): JSONWriter.number((f * 100 * 1e6).rounded() / 1e6) + "%"
        case .absolute(let a): JSONWriter.number((a * 1e6).rounded() / 1e6)
        }
    }

    /// Parses `10%`, `50ms`, `2pp`, or a bare number (in the metric's unit); nil when the text is
    /// not a non-negative amount.
    public static func parse(_ text: String) -> Threshold? {
        let t = text.trimmingCharacters(in: .whitespaces)
        func amount(_ s: Substring) -> Double? { Double(s).flatMap { $0 >= 0 && $0.isFinite ? $0 : nil } }
        if t.hasSuffix("%") { return amount(t.dropLast()).map { .relative($0 / 100) } }
        if t.hasSuffix("pp") { return amount(t.dropLast(2)).map { .absolute($0 / 100) } }
        if t.hasSuffix("ms") { return amount(t.dropLast(2)).map { .absolute($0) } }
        return amount(Substring(t)).map { .absolute($0) }
    }

    /// What a threshold list looks like, for messages.
    public static let listSyntax =
        "a list of STAT=AMOUNT such as p95=10%,p50=5% (STAT p50, p95, p99.9, mean or rate, each once; AMOUNT 10%, 50ms or 2pp)"

    /// Parses `p95=10%,p50=5%` into statistics and thresholds in the order given.
    public static func parseList(_ text: String) throws(RegressionError) -> [(Statistic, Threshold)] {
        var out: [(Statistic, Threshold)] = []
        for item in text.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let s = Statistic(comparedName: parts[0]), let t = Threshold.parse(parts[1]) else {
                throw .badThreshold(String(item))
            }
            guard !out.contains(where: { $0.0 == s }) else { throw .badThreshold(String(item)) }
            out.append((s, t))
        }
        guard !out.isEmpty else { throw .badThreshold(text) }
        return out
    }
}
