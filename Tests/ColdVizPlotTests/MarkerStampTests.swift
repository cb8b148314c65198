import ColdVizCairo
import ColdVizPlot
import ColdVizTestSupport
import Testing

/// Large marker batches are stamped from pre-rendered circles on PNG; the picture must match the one
/// drawn with one arc per marker (the same markers split into batches below the stamping threshold).
@Suite struct MarkerStampTests {
    static func scene(_ centers: [Point], batchSize: Int) -> Scene {
        var scene = Scene(
            canvas: Canvas(widthPixels: 320, heightPixels: 180, dpi: 72), background: Color(red: 1, green: 1, blue: 1))
        let fill = Color(red: 0, green: 0.62, blue: 0.45, alpha: 0.35)
        for start in stride(from: 0, to: centers.count, by: batchSize) {
            let batch = Array(centers[start..<min(start + batchSize, centers.count)])
            scene.primitives.append(.markers(MarkerBatch(centers: batch, radiusPixels: 2.6, fill: fill)))
        }
        return scene
    }

    static func centers(count: Int, shift: Double = 0) -> [Point] {
        var data = SampleData(seed: 7)
        return (0..<count).map { _ in Point(x: 20 + data.nextUniform() * 280 + shift, y: 20 + data.nextUniform() * 140) }
    }

    @Test func stampedMarkersLookLikeArcs() throws {
        let centers = Self.centers(count: 6_000)
        let stamped = try RasterImage.decodePNG(try CairoRenderer.render(Self.scene(centers, batchSize: 6_000), format: .png))
        let arcs = try RasterImage.decodePNG(try CairoRenderer.render(Self.scene(centers, batchSize: 1_000), format: .png))
        let shifted = try RasterImage.decodePNG(
            try CairoRenderer.render(Self.scene(Self.centers(count: 6_000, shift: 3), batchSize: 1_000), format: .png))
        // Same markers: within a fraction of the RMS the look tests accept; moved by 3 px: far beyond it.
        #expect(rms(stamped, arcs) < RenderingTests.tolerance / 3)
        #expect(rms(shifted, arcs) > RenderingTests.tolerance)
    }
}
