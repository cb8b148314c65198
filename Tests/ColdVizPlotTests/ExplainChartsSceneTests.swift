import ColdVizCairo
import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizPlot

/// Scenes of the phases, imports and import-tree charts: snapshots with the fake measurer,
/// PNG baselines compared by RMS, and layout properties at the three study sizes.
@Suite struct ExplainChartsSceneTests {
    static let canvases = [Canvas(widthPixels: 640, heightPixels: 360), Canvas(), Canvas(widthPixels: 2560, heightPixels: 1440)]

    @Test(arguments: ExplainCharts.small().map(\.0))
    func sceneMatchesSnapshot(_ name: String) throws {
        let chart = ExplainCharts.small().first { $0.0 == name }!.1
        let scene = chart.scene(
            canvas: Canvas(widthPixels: 640, heightPixels: 360, dpi: 100), theme: .light, measurer: FakeTextMeasurer())
        try assertSnapshot(scene.serialized(), named: "explain-" + name)
    }

    @Test(arguments: ExplainCharts.small().map(\.0))
    func pngMatchesBaseline(_ name: String) throws {
        let chart = ExplainCharts.small().first { $0.0 == name }!.1
        let png = try CairoRenderer.render(chart, format: .png, width: 640, height: 360, dpi: 100)
        let actual = try RasterImage.decodePNG(png)
        let file = baselineDirectory().appendingPathComponent("explain-" + name + ".png")
        if ProcessInfo.processInfo.environment["COLDVIZ_RECORD_SNAPSHOTS"] == "1" {
            try ChartFile.write(png, to: file.path)
            Issue.record("Recorded baseline \(file.path); unset COLDVIZ_RECORD_SNAPSHOTS and run again.")
            return
        }
        let expected = try RasterImage.decodePNG(Array(try Data(contentsOf: file)))
        let distance = rms(actual, expected)
        if distance > RenderingTests.tolerance {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coldviz-plot-failures")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try ChartFile.write(png, to: dir.appendingPathComponent("explain-\(name)-actual.png").path)
            if expected.width == actual.width && expected.height == actual.height {
                try ChartFile.write(
                    try differenceImage(actual, expected).pngData(),
                    to: dir.appendingPathComponent("explain-\(name)-diff.png").path)
            }
            Issue.record("explain-\(name): RMS \(distance) > \(RenderingTests.tolerance); actual and diff images in \(dir.path)")
        }
    }

    static func texts(_ scene: Scene) -> [TextPrimitive] {
        scene.primitives.compactMap { if case .text(let t) = $0 { t } else { nil } }
    }

    static func rects(_ scene: Scene) -> [(rect: Rect, fill: Color)] {
        scene.primitives.compactMap { p -> (Rect, Color)? in
            guard case .path(let path) = p, let fill = path.fill, path.elements.count == 5,
                case .move(let a) = path.elements[0], case .line(let c) = path.elements[2]
            else { return nil }
            return (Rect(x: a.x, y: a.y, width: c.x - a.x, height: c.y - a.y), fill)
        }
    }

    @Test func textStaysInsideTheCanvas() {
        for (name, chart) in ExplainCharts.all() + ExplainCharts.small() {
            for canvas in Self.canvases {
                let scene = chart.scene(canvas: canvas, theme: .light, measurer: FakeTextMeasurer())
                for t in Self.texts(scene) where t.rotationDegrees == 0 {
                    let w = FakeTextMeasurer().measure(t.string, font: t.font).width
                    let left = t.position.x - (t.horizontal == .start ? 0 : t.horizontal == .middle ? w / 2 : w)
                    #expect(
                        left >= -0.5 && left + w <= canvas.widthPixels + 0.5, "\(name) \(Int(canvas.widthPixels)): \(t.string)")
                    #expect(t.position.y >= 0 && t.position.y <= canvas.heightPixels, "\(name): \(t.string)")
                }
            }
        }
    }

    /// The box of unrotated text as the fake measurer sees it.
    static func box(_ t: TextPrimitive) -> Rect {
        let e = FakeTextMeasurer().measure(t.string, font: t.font)
        let x = t.position.x - (t.horizontal == .start ? 0 : t.horizontal == .middle ? e.width / 2 : e.width)
        let top: Double
        switch t.vertical {
        case .top: top = t.position.y
        case .middle: top = t.position.y - e.height / 2
        case .bottom: top = t.position.y - e.height
        case .baseline: top = t.position.y - e.ascent
        }
        return Rect(x: x, y: top, width: e.width, height: e.height)
    }

    @Test(arguments: ["phases", "phases-p95", "imports", "importtree"])
    func noTwoTextsOverlap(_ name: String) {
        let chart = ExplainCharts.all().first { $0.0 == name }!.1
        for canvas in Self.canvases {
            let texts = Self.texts(chart.scene(canvas: canvas, theme: .light, measurer: FakeTextMeasurer()))
                .filter { $0.rotationDegrees == 0 && !$0.string.isEmpty }
            for i in texts.indices {
                for j in texts.indices where j > i {
                    // A quarter of the font size of slack: descenders may touch the next line.
                    let overlap = Self.box(texts[i]).insetBy(texts[i].font.sizePixels * 0.12).overlapArea(
                        Self.box(texts[j]).insetBy(texts[j].font.sizePixels * 0.12))
                    #expect(overlap == 0, "\(name) \(Int(canvas.widthPixels)): \(texts[i].string) / \(texts[j].string)")
                }
            }
        }
    }

    @Test func phasesLegendIsARowUnderThePlot() {
        for canvas in Self.canvases {
            let scene = ExplainCharts.phases().scene(canvas: canvas, theme: .light, measurer: FakeTextMeasurer())
            let plot = Self.rects(scene).first { $0.fill == Theme.light.panel }!.rect
            let swatches = Self.rects(scene).filter { $0.rect.y > plot.maxY }
            #expect(
                swatches.map(\.fill)
                    == ["Initialization", "Invocation", "Overhead", "Restore"].map { PhasesChart.fixedColors[$0]! })
            #expect(Set(swatches.map(\.rect.y)).count == 1)
        }
    }

    @Test(arguments: ["imports"])
    func legendHidesNoBarAndNoLabel(_ name: String) {
        let chart = ExplainCharts.all().first { $0.0 == name }!.1
        for canvas in Self.canvases {
            for theme in [Theme.light, Theme.dark] {
                let scene = chart.scene(canvas: canvas, theme: theme, measurer: FakeTextMeasurer())
                let all = Self.rects(scene)
                guard let box = all.first(where: { $0.fill == theme.legendBackground.withAlpha(theme.legendAlpha) })?.rect else {
                    Issue.record("\(name): no legend")
                    continue
                }
                let plot = all.first { $0.fill == theme.panel }!.rect
                let data = all.filter {
                    $0.fill != theme.panel && $0.fill != box.fill(in: all)
                        && $0.rect.overlapArea(box) < $0.rect.width * $0.rect.height - 0.01
                }
                for d in data {
                    #expect(d.rect.overlapArea(box) == 0, "\(name) \(Int(canvas.widthPixels)): bar under the legend")
                }
                for t in Self.texts(scene) where t.rotationDegrees == 0 && plot.contains(t.position) && !box.contains(t.position)
                {
                    let w = FakeTextMeasurer().measure(t.string, font: t.font).width
                    let x0 = t.position.x - (t.horizontal == .start ? 0 : t.horizontal == .middle ? w / 2 : w)
                    let r = Rect(x: x0, y: t.position.y - t.font.sizePixels / 2, width: w, height: t.font.sizePixels)
                    #expect(r.overlapArea(box) == 0, "\(name) \(Int(canvas.widthPixels)): \(t.string) under the legend")
                }
            }
        }
    }

    @Test func phasesLabelEveryBarWithTotalAndCount() {
        let scene = ExplainCharts.small()[0].1.scene(canvas: Canvas(), theme: .light, measurer: FakeTextMeasurer())
        let strings = Self.texts(scene).map(\.string)
        #expect(strings.contains("3,163 ms · n=120"))  // 2,950 + 210 + 2.5, rounded
        #expect(strings.contains("1,576 ms · n=4†"))  // 1,480 + 95 + 1.2
        #expect(strings.contains("zip") && strings.contains("Function (perf_…)"))
        #expect(strings.contains { $0.hasPrefix("Phases shorter than") })
        // Overhead (2.5 ms of 3,163) is drawn at the minimum width, in its own colour.
        let overhead = Self.rects(scene).filter { $0.fill == Color(hex: 0xD55E00) && $0.rect.width < 10 }
        #expect(overhead.count == 2)
        #expect(overhead.allSatisfy { abs($0.rect.width - Canvas().pixels(points: PhasesChart.minimumSegmentPoints)) < 1e-9 })
    }

    @Test func importsMarkMissingValues() {
        let scene = ExplainCharts.small()[1].1.scene(canvas: Canvas(), theme: .light, measurer: FakeTextMeasurer())
        let strings = Self.texts(scene).map(\.string)
        #expect(strings.filter { $0 == "n/a" }.count == 1)
        #expect(strings.contains("1.3") && strings.contains("431") && strings.contains("(3 modules)"))
    }

    @Test func icicleLabelsFitTheirBoxesAndAreReadable() {
        for canvas in Self.canvases {
            for theme in [Theme.light, Theme.dark] {
                let scene = ExplainCharts.importTree().scene(canvas: canvas, theme: theme, measurer: FakeTextMeasurer())
                let boxes = Self.rects(scene).filter { $0.fill != theme.panel }
                let minimum = canvas.pixels(
                    points: ImportTreeChart.minimumCellPoints
                        * Style(theme: theme, canvas: canvas, measurer: FakeTextMeasurer()).scale)
                #expect(boxes.count == 86)
                #expect(boxes.allSatisfy { $0.rect.width >= minimum - 1e-9 })
                var labelled = 0
                for t in Self.texts(scene) where t.horizontal == .start && t.vertical == .middle {
                    guard let box = boxes.last(where: { $0.rect.contains(t.position) && $0.rect.x < t.position.x }) else {
                        continue
                    }
                    labelled += 1
                    let w = FakeTextMeasurer().measure(t.string, font: t.font).width
                    #expect(t.position.x + w <= box.rect.maxX, "\(t.string) overflows its box")
                    #expect(t.color.contrastRatio(with: box.fill) >= 4.5, "\(t.string) on \(box.fill.hexString)")
                }
                #expect(labelled >= 8)
            }
        }
        let strings = Self.texts(ExplainCharts.importTree().scene(canvas: Canvas(), theme: .light, measurer: FakeTextMeasurer()))
            .map(\.string)
        #expect(strings.contains("pandas 400 ms") && strings.contains("pyarrow 210 ms"))
        #expect(strings.contains { $0.hasSuffix("…") })
    }

    @Test func icicleNotesDepthLimitAndScaling() {
        let chart = ImportTreeChart(roots: ExplainCharts.tree("a 1\n  a.b 1\n    a.b.c 1"), maxDepth: 2)
        let strings = Self.texts(chart.scene(canvas: Canvas(), theme: .light, measurer: FakeTextMeasurer())).map(\.string)
        #expect(strings.contains("1 module(s) deeper than 2 levels not shown"))
        let empty = ImportTreeChart(roots: []).scene(canvas: Canvas(), theme: .light, measurer: FakeTextMeasurer())
        #expect(Self.texts(empty).map(\.string).contains("no import timings"))
    }
}

extension Rect {
    /// The fill of the rectangle equal to `self` among `rects` (test helper).
    fileprivate func fill(in rects: [(rect: Rect, fill: Color)]) -> Color? { rects.first { $0.rect == self }?.fill }
}

extension ExplainChartsSceneTests {
    @Test func manyPhaseGroupsKeepTheirLabelsApartOrLeaveThemOut() {
        let groups = (0..<60).map { i in
            PhasesChart.Group(
                name: "f\(i)",
                phases: [
                    .init(name: "Initialization", milliseconds: 1000 + Double(i) * 30),
                    .init(name: "Invocation", milliseconds: 90),
                ],
                sampleCount: 50)
        }
        for canvas in Self.canvases {
            let texts = Self.texts(PhasesChart(groups: groups).scene(canvas: canvas, theme: .light, measurer: FakeTextMeasurer()))
                .filter { $0.string.hasSuffix("n=50") }
            #expect(canvas.widthPixels < 2000 || texts.count == 60)
            for (a, b) in zip(texts, texts.dropFirst()) {
                #expect(Self.box(a).overlapArea(Self.box(b)) == 0, "\(Int(canvas.widthPixels)): \(a.string) / \(b.string)")
            }
        }
    }
}
