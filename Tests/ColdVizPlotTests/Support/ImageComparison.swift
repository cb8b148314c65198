import ColdVizCairo
import ColdVizTestSupport
import Foundation

/// Per-pixel RMS difference over the RGB channels (0...255), matplotlib's `calculate_rms`.
/// Images of different sizes compare as infinitely different. O(pixels).
func rms(_ a: RasterImage, _ b: RasterImage) -> Double {
    guard a.width == b.width, a.height == b.height else { return .infinity }
    var sum = 0.0
    var n = 0
    for i in stride(from: 0, to: a.rgba.count, by: 4) {
        for c in 0..<3 {
            let d = Double(a.rgba[i + c]) - Double(b.rgba[i + c])
            sum += d * d
            n += 1
        }
    }
    return (sum / Double(max(n, 1))).squareRoot()
}

/// An image of the absolute differences, amplified ×4, for looking at a failure.
func differenceImage(_ a: RasterImage, _ b: RasterImage) -> RasterImage {
    var out = [UInt8](repeating: 255, count: a.rgba.count)
    for i in stride(from: 0, to: min(a.rgba.count, b.rgba.count), by: 4) {
        for c in 0..<3 { out[i + c] = UInt8(min(255, abs(Int(a.rgba[i + c]) - Int(b.rgba[i + c])) * 4)) }
    }
    return RasterImage(width: a.width, height: a.height, rgba: out)
}

/// The repository's `Fixtures/plot-baselines` directory, found from the calling test file
/// (which sits in `Tests/ColdVizPlotTests/`).
func baselineDirectory(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/plot-baselines")
}
