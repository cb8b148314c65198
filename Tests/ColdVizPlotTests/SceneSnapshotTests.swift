import ColdVizPlot
import Testing

/// The main regression test: every chart kind laid out with the fake measurer, serialised with
/// coordinates rounded to 0.1 px, compared with a stored snapshot.
@Suite struct SceneSnapshotTests {
    @Test(arguments: SmallCharts.all().map(\.0))
    func sceneMatchesSnapshot(_ name: String) throws {
        let chart = SmallCharts.all().first { $0.0 == name }!.1
        let scene = chart.scene(
            canvas: Canvas(widthPixels: 640, heightPixels: 360, dpi: 100), theme: .light, measurer: FakeTextMeasurer())
        try assertSnapshot(scene.serialized(), named: name)
    }

    @Test func darkThemeChangesOnlyColours() {
        let chart = SmallCharts.all()[0].1
        let light = chart.scene(canvas: Canvas(), theme: .light, measurer: FakeTextMeasurer())
        let dark = chart.scene(canvas: Canvas(), theme: .dark, measurer: FakeTextMeasurer())
        #expect(light.primitives.count == dark.primitives.count)
        #expect(light.background != dark.background)
    }

    @Test func everyGroupIsDrawnAndLabelledWithItsCount() {
        let scene = SmallCharts.all()[0].1.scene(canvas: Canvas(), theme: .light, measurer: FakeTextMeasurer())
        let texts = scene.primitives.compactMap { if case .text(let t) = $0 { t.string } else { nil } }
        #expect(texts.contains("zip_layers (n=3†)"))
        #expect(texts.contains("zip (n=12)"))
        #expect(texts.contains { $0.hasPrefix("† fewer than 10") })
    }

    @Test func textStaysInsideTheCanvas() {
        for (name, chart) in SmallCharts.all() + LookCharts.all() {
            for canvas in [Canvas(widthPixels: 640, heightPixels: 360), Canvas(), Canvas(widthPixels: 2560, heightPixels: 1440)] {
                let scene = chart.scene(canvas: canvas, theme: .light, measurer: FakeTextMeasurer())
                for case .text(let t) in scene.primitives where t.rotationDegrees == 0 {
                    let w = FakeTextMeasurer().measure(t.string, font: t.font).width
                    let left = t.position.x - (t.horizontal == .start ? 0 : t.horizontal == .middle ? w / 2 : w)
                    #expect(
                        left >= -0.5 && left + w <= canvas.widthPixels + 0.5, "\(name) \(Int(canvas.widthPixels)): \(t.string)")
                    #expect(t.position.y >= 0 && t.position.y <= canvas.heightPixels, "\(name): \(t.string)")
                }
            }
        }
    }
}
