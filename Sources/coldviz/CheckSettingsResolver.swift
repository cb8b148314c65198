import ArgumentParser
import ColdVizCore
import ColdVizProject

/// How `check` compares, resolved once: each flag, then `[check]` of coldviz.toml, then the default.
/// `report` resolves the same with no flags.
struct CheckSettingsResolver {
    var metric: Metric?
    var maxIncrease: String?
    var confidence: Double?
    var minSamples: Int?
    var seed: UInt64?
    var resamples = 9_999

    /// The comparison settings under `[check]` of the project file (nil: the flags and the defaults).
    func resolve(_ c: ProjectConfig.CheckSettings?) throws -> ComparisonSettings {
        let metric = metric ?? c?.metric.flatMap(Metric.init(rawValue:)) ?? .initDuration
        let confidence = confidence ?? c?.confidence ?? 0.95
        let minSamples = minSamples ?? c?.minSamples
        try ComparisonOptions.validate(confidence: confidence, minSamples: minSamples, resamples: resamples)
        return ComparisonSettings(
            metric: metric, statistics: try ComparisonOptions.statistics(maxIncrease ?? c?.maxIncrease, metric: metric),
            confidence: confidence, minimumSampleSize: minSamples,
            seed: seed ?? c?.seed.map { UInt64($0) } ?? ComparisonSettings.defaultSeed, resamples: resamples)
    }
}
