import Foundation

/// Seeded, study-like data for chart tests (SplitMix64 with Box-Muller normals).
struct SampleData {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func nextUniform() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return (Double(z >> 11) + 0.5) / 9_007_199_254_740_992
    }

    mutating func normal(mean: Double, sd: Double) -> Double {
        let u1 = nextUniform()
        let u2 = nextUniform()
        return mean + sd * (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    /// Init durations in ms like the study: zip ~2,950, zip_layers ~3,250, image 1,100-9,000
    /// with a mode at 1,400-1,600 and a long flat tail.
    mutating func initDurations(method: String, count: Int) -> [Double] {
        (0..<count).map { _ in
            switch method {
            case "zip": return normal(mean: 2950, sd: 60)
            case "zip_layers": return normal(mean: 3250, sd: 60)
            default:
                let u = nextUniform()
                if u < 0.55 { return max(1100, normal(mean: 1500, sd: 150)) }
                if u < 0.7 { return 1600 + nextUniform() * 1200 }
                return 2800 + nextUniform() * 6200
            }
        }
    }

    /// One burst of about three minutes starting at `start` (seconds since the epoch).
    mutating func burst(start: Double, perMethod: Int) -> [(method: String, completion: [Double], initMs: [Double])] {
        ["image", "zip", "zip_layers"].map { method in
            var times: [Double] = []
            var inits: [Double] = []
            for _ in 0..<perMethod {
                let t = start + nextUniform() * 180
                let slow = method == "image" ? (t - start < 20 ? 7000.0 : 0) : 0
                let base = method == "image" ? 1500.0 + slow : (method == "zip" ? 2900.0 : 3200.0)
                times.append(t)
                inits.append(max(800, normal(mean: base, sd: method == "image" ? 250 : 220)))
            }
            return (method, times, inits)
        }
    }
}
