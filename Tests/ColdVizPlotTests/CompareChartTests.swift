import ColdVizPlot
import Testing

@Suite("Compare chart build")
struct CompareChartTests {
    @Test func shiftsAreType7PercentilesOfEachSide() {
        let chart = CompareChart(
            series: [.init(group: "zip", before: SmallCharts.zip, after: SmallCharts.zip.map { $0 * 1.1 })],
            colors: SmallCharts.colors)
        let built = chart.build()[0]
        // numpy 2.4.6: np.percentile(zip, [50, 95]) = [2980.0, 3160.85]
        #expect(built.shifts.map(\.probability) == [0.5, 0.95])
        #expect(abs(built.shifts[0].before - 2980) < 1e-9 && abs(built.shifts[1].before - 3160.85) < 1e-9)
        #expect(abs(built.shifts[0].relativeChange! - 0.1) < 1e-12)
        #expect(built.before.count == 12 && built.after.count == 12)
        #expect(built.after.fractions.last == 1)
    }

    @Test func legendNamesEachGroupWithItsShifts() {
        let scene = SmallCharts.all().first { $0.0 == "compare" }!.1
            .scene(canvas: Canvas(), theme: .light, measurer: FakeTextMeasurer())
        let texts = scene.primitives.compactMap { if case .text(let t) = $0 { t.string } else { nil } }
        #expect(texts.contains("zip: p50 +10%, p95 +10% (n=12→12)"))
        #expect(texts.contains("image: p50 ±0.0%, p95 ±0.0% (n=12→12)"))
        #expect(texts.contains("zip_layers: (n=3†→0†)"))
        #expect(texts.contains("A (before)") && texts.contains("B (after)"))
    }
}
