import ColdVizStats
import Foundation

/// Draws Init Durations as calibrated in `SynthCalibration`.
public enum InitDurationModel {
    /// Which cold starts a draw is for.
    public enum Phase: Sendable {
        /// The first burst after a new deployment (images pull and unpack their layers).
        case afterDeployment
        /// Every later burst.
        case steadyState
    }

    /// One Init Duration in ms for a function of `method` (`zip`, `zip_layers`, `image`), `python`
    /// (`3.8` ... `3.13`), `memoryMegabytes` and architecture, in `phase`. O(1).
    ///
    /// The level is drawn for the method and phase, then multiplied by the Python and arm64 factors and
    /// shifted by the memory offset (see `SynthCalibration`).
    public static func draw(
        method: String, python: String, memoryMegabytes: Int, arm64: Bool,
        phase: Phase, using rng: inout SeededGenerator
    ) -> Double {
        let base: Double
        switch (phase, method) {
        case (.afterDeployment, "image"):
            let r = SynthCalibration.imageDeploymentRangeMilliseconds
            base = rng.uniform(r.low, r.high)
        case (.afterDeployment, _):
            let d = SynthCalibration.zipDeploymentMilliseconds
            let offset = method == "zip_layers" ? SynthCalibration.zipLayersDeploymentOffsetMilliseconds : 0
            base = clip(rng.normal(mean: d.mean, standardDeviation: d.sd), d.low, d.high) + offset
        case (.steadyState, "image"):
            base = steadyImage(using: &rng)
        case (.steadyState, _):
            let center =
                method == "zip_layers"
                ? SynthCalibration.zipLayersCenterMilliseconds : SynthCalibration.zipCenterMilliseconds
            let c = SynthCalibration.tightClipMilliseconds
            var value = clip(
                rng.normal(mean: center, standardDeviation: SynthCalibration.tightStandardDeviationMilliseconds),
                center + c.low, center + c.high)
            if rng.chance(SynthCalibration.zipTailShare) {
                value += -SynthCalibration.zipTailMeanMilliseconds * log(1 - rng.unit())
            }
            base = value
        }
        let python = SynthCalibration.pythonFactor[python] ?? 1
        let arch = arm64 ? (SynthCalibration.arm64Factor[method] ?? 1) : 1
        let memory = SynthCalibration.memoryOffsetPerDecadeMilliseconds * log10(Double(memoryMegabytes) / 1024)
        return base * python * arch + memory
    }

    private static func steadyImage(using rng: inout SeededGenerator) -> Double {
        if rng.chance(SynthCalibration.imageTailShare) {
            let f = SynthCalibration.imageTailRangeFactor
            return SynthCalibration.imageModeMilliseconds * rng.uniform(f.low, f.high)
        }
        if rng.chance(SynthCalibration.imageFlatShare) {
            let r = SynthCalibration.imageFlatRangeMilliseconds
            return rng.uniform(r.low, r.high)
        }
        let c = SynthCalibration.imageModeClipMilliseconds
        return clip(
            rng.normal(
                mean: SynthCalibration.imageModeMilliseconds,
                standardDeviation: SynthCalibration.imageModeStandardDeviationMilliseconds), c.low, c.high)
    }

    private static func clip(_ x: Double, _ low: Double, _ high: Double) -> Double { min(max(x, low), high) }
}
