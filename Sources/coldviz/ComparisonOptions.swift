import ArgumentParser
import ColdVizCore
import ColdVizStats

extension Metric: ExpressibleByArgument {}

/// Output formats of `check` and `compare`.
enum ComparisonFormat: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json
}

/// Flag checks shared by `check` and `compare`.
enum ComparisonOptions {
    /// The statistics and thresholds of `--max-increase` (or the metric's defaults).
    static func statistics(_ text: String?, metric: Metric) throws -> [(statistic: Statistic, threshold: Threshold?)] {
        let list: [(Statistic, Threshold)]
        do {
            list = try Threshold.parseList(
                text
                    ?? {
                        switch metric {
                        case .coldStartRate: ComparisonSettings.defaultRateThreshold
                        case .usdPerMillionInvocations: ComparisonSettings.defaultCostThreshold
                        case .initDuration, .duration: ComparisonSettings.defaultDurationThresholds
                        }
                    }())
        } catch {
            guard case .badThreshold(let item) = error else { throw ValidationError("\(error.description).") }
            throw ValidationError("`--max-increase` must be \(Threshold.listSyntax), not `\(item)`.")
        }
        if metric == .coldStartRate, let p = list.first(where: { $0.0 != .mean }) {
            throw ValidationError(
                "`--metric coldStartRate` compares the rate only: use `--max-increase rate=10%` (or rate=2pp), not `\(p.0.name)`."
            )
        }
        return list.map { (statistic: $0.0, threshold: $0.1) }
    }

    static func validate(confidence: Double, minSamples: Int?, resamples: Int) throws {
        guard confidence >= 0.5, confidence <= 0.9999 else {
            throw ValidationError("`--confidence` must be between 0.5 and 0.9999, not \(confidence).")
        }
        if let minSamples, minSamples < 2 {
            throw ValidationError("`--min-samples` must be a whole number of at least 2, not \(minSamples).")
        }
        guard (1...1_000_000).contains(resamples) else {
            throw ValidationError("`--resamples` must be a whole number from 1 to 1000000, not \(resamples).")
        }
    }
}
