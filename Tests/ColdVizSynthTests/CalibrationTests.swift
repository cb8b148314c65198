import ColdVizStats
import Testing

@testable import ColdVizSynth

/// 10,000 draws per configuration land where `SynthCalibration` says they must: the study's ranges
/// (docs/FIGURES.md §1, §2) and lambda-perf's relative effects.
@Suite("generated Init Durations match their calibration")
struct CalibrationTests {
    static let draws = 10_000

    func sample(
        _ method: String, python: String = "3.9", memory: Int = 1024, arm64: Bool = false,
        phase: InitDurationModel.Phase = .steadyState, seed: UInt64 = 42
    ) -> Summary {
        var rng = SeededGenerator(seed: seed)
        let values = (0..<Self.draws).map { _ in
            InitDurationModel.draw(
                method: method, python: python, memoryMegabytes: memory, arm64: arm64, phase: phase, using: &rng)
        }
        return Summary(values: values, probabilities: [0.05, 0.5, 0.8, 0.95])!
    }

    func p(_ s: Summary, _ probability: Double) -> Double { s.percentile(probability)!.value }

    @Test("steady-state zip is tight around 2,900-3,000 ms, zip_layers around 3,200-3,300 ms")
    func zipLevels() {
        let zip = sample("zip"), layers = sample("zip_layers")
        #expect((2900...3000).contains(p(zip, 0.5)))
        #expect((2900...3000).contains(p(zip, 0.05)) && (2900...3050).contains(p(zip, 0.95)))
        #expect((3200...3300).contains(p(layers, 0.5)))
        #expect((3200...3300).contains(p(layers, 0.05)))
    }

    @Test("steady-state image is mostly 1,100-2,000 ms with a long tail to 9,000 ms")
    func imageLevels() {
        let image = sample("image")
        #expect((1400...1600).contains(p(image, 0.5)))
        #expect(p(image, 0.05) >= 1100 && p(image, 0.8) <= 2000)
        #expect(p(image, 0.95) > 3000, "the 16 % tail reaches past 3,000 ms at p95")
        #expect(image.max <= 9000 && image.min >= 1100)
    }

    @Test("first cold starts after a deployment: image 7,000-10,000 ms, zip 2,500-3,500 ms")
    func afterDeployment() {
        let image = sample("image", phase: .afterDeployment), zip = sample("zip", phase: .afterDeployment)
        #expect(image.min >= 7000 && image.max <= 10000)
        #expect(zip.min >= 2500 && zip.max <= 3500 && (2900...3100).contains(p(zip, 0.5)))
    }

    @Test("Python 3.12 is 10.7 % slower than 3.9 and arm64 zip 3.3 % faster (lambda-perf medians)")
    func relativeEffects() {
        let base = p(sample("zip"), 0.5)
        #expect(abs(p(sample("zip", python: "3.12"), 0.5) / base - 1.107) < 0.005)
        #expect(abs(p(sample("zip", arm64: true), 0.5) / base - 0.967) < 0.005)
    }

    @Test("memory barely moves Init Duration (at most 12 ms between 1,024 and 10,240 MB)")
    func memoryEffect() {
        let small = p(sample("zip", memory: 1024), 0.5), large = p(sample("zip", memory: 10240), 0.5)
        #expect(abs(small - large - 12) < 0.5)
    }
}
