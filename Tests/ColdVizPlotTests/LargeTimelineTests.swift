import ColdVizPlot
import Foundation
import Testing

/// A timeline of 1,000,000 cold starts builds and lays out (O(n), no per-point text).
/// Not timed; it checks that every point reaches the scene and no text is per point.
@Suite struct LargeTimelineTests {
    @Test func millionPoints() {
        var data = SampleData(seed: 99)
        let n = 1_000_000
        let t0 = 1_701_094_611.0
        let times = (0..<n).map { _ in t0 + data.nextUniform() * 180 }
        let inits = (0..<n).map { _ in 2000 + data.nextUniform() * 1500 }
        let chart = TimelineChart(
            series: [.init(group: "zip", completionSeconds: times, initDurationsMilliseconds: inits)],
            colors: GroupColors(groups: ["zip"]))
        let built = chart.build()
        #expect(built.binCount == 181 || built.binCount == 180)
        #expect(built.counts[0].reduce(0, +) == n)
        let scene = chart.scene(canvas: Canvas(), theme: .light, measurer: FakeTextMeasurer())
        let markers = scene.primitives.reduce(0) { if case .markers(let m) = $1 { $0 + m.centers.count } else { $0 } }
        let texts = scene.primitives.filter { if case .text = $0 { true } else { false } }.count
        #expect(markers >= n)
        #expect(texts < 60)
    }
}
