import ColdVizCairo
import ColdVizPlot
import Foundation
import Testing

/// Renders every chart kind at three sizes into /tmp/plot-look for a person to look at.
/// Runs only with COLDVIZ_LOOK=1; it checks nothing but that rendering succeeds.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["COLDVIZ_LOOK"] == "1"))
struct LookTests {
    @Test func renderAllKinds() throws {
        let dir = "/tmp/plot-look"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, chart) in LookCharts.all() {
            for (w, h) in [(640, 360), (1280, 720), (2560, 1440)] {
                for theme in [("light", Theme.light), ("dark", Theme.dark)] where theme.0 == "light" || w == 1280 {
                    let bytes = try CairoRenderer.render(chart, format: .png, theme: theme.1, width: w, height: h)
                    try ChartFile.write(bytes, to: "\(dir)/\(name)-\(w)x\(h)-\(theme.0).png")
                }
            }
            try ChartFile.write(try CairoRenderer.render(chart, format: .svg), to: "\(dir)/\(name).svg")
            try ChartFile.write(try CairoRenderer.render(chart, format: .pdf), to: "\(dir)/\(name).pdf")
        }
    }
}
