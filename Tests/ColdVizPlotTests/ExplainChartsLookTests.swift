import ColdVizCairo
import ColdVizPlot
import Foundation
import Testing

/// Renders the phases, imports and import-tree charts at three sizes into /tmp/explain-look for
/// a person to look at. Runs only with COLDVIZ_LOOK=1; it checks nothing but that rendering succeeds.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["COLDVIZ_LOOK"] == "1"))
struct ExplainChartsLookTests {
    @Test func renderExplainCharts() throws {
        let dir = "/tmp/explain-look"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, chart) in ExplainCharts.all() + ExplainCharts.small().map({ ("small-" + $0.0, $0.1) }) {
            for (w, h) in [(640, 360), (1280, 720), (2560, 1440)] {
                for theme in [("light", Theme.light), ("dark", Theme.dark)] where theme.0 == "light" || w == 1280 {
                    let bytes = try CairoRenderer.render(chart, format: .png, theme: theme.1, width: w, height: h)
                    try ChartFile.write(bytes, to: "\(dir)/\(name)-\(w)x\(h)-\(theme.0).png")
                }
            }
            try ChartFile.write(try CairoRenderer.render(chart, format: .svg), to: "\(dir)/\(name).svg")
        }
    }
}
