import ColdVizPlot
import Foundation
import Testing

/// Deployment markers on a timeline: a labelled vertical line at their time, the time axis widened to hold them.
@Suite struct TimelineMarkerTests {
    static let t0 = 1_709_542_800.0  // 2024-03-04T09:00:00Z

    static func chart(markers: [TimelineChart.Marker]) -> TimelineChart {
        var chart = TimelineChart(
            series: [
                .init(
                    group: "image", completionSeconds: [t0 + 10, t0 + 40, t0 + 70], initDurationsMilliseconds: [9000, 8000, 1500])
            ], colors: GroupColors(groups: ["image"]), binSeconds: 10)
        chart.markers = markers
        return chart
    }

    static func texts(_ scene: Scene) -> [TextPrimitive] {
        scene.primitives.compactMap { if case .text(let t) = $0 { t } else { nil } }
    }

    @Test func aMarkerInsideTheDataIsAVerticalLineWithItsLabel() throws {
        let scene = Self.chart(markers: [.init(seconds: Self.t0 + 40, label: "deployed: perf_image")]).scene(
            canvas: Canvas(), theme: .light, measurer: FakeTextMeasurer())
        let label = try #require(Self.texts(scene).first { $0.string == "deployed: perf_image" })
        // A two-point path whose ends share the x of the label's line (the label sits just left of it).
        let verticals = scene.primitives.compactMap { p -> Double? in
            guard case .path(let path) = p, path.elements.count == 2, case .move(let a) = path.elements[0],
                case .line(let b) = path.elements[1], a.x == b.x, abs(a.y - b.y) > 100
            else { return nil }
            return a.x
        }
        #expect(verticals.contains { $0 > label.position.x && $0 - label.position.x < 20 })
    }

    @Test func noMarkerNoLabel() {
        let scene = Self.chart(markers: []).scene(canvas: Canvas(), theme: .light, measurer: FakeTextMeasurer())
        #expect(!Self.texts(scene).contains { $0.string.hasPrefix("deployed") })
    }
}
