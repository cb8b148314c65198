import ColdVizCairo
import ColdVizPlot
import ColdVizTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Cairo output: PNGs compared with baselines by RMS (never bytes), SVG parsed as XML,
/// PDF header, and byte-identical vector output across renders.
@Suite struct RenderingTests {
    /// RMS tolerance on 0...255; font hinting or Cairo versions may move a few anti-aliased pixels.
    static let tolerance = 3.0

    @Test(arguments: SmallCharts.all().map(\.0))
    func pngMatchesBaseline(_ name: String) throws {
        let chart = SmallCharts.all().first { $0.0 == name }!.1
        let png = try CairoRenderer.render(chart, format: .png, width: 640, height: 360, dpi: 100)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let actual = try RasterImage.decodePNG(png)
        #expect(actual.width == 640 && actual.height == 360)
        let file = baselineDirectory().appendingPathComponent(name + ".png")
        if ProcessInfo.processInfo.environment["COLDVIZ_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: baselineDirectory(), withIntermediateDirectories: true)
            try ChartFile.write(png, to: file.path)
            Issue.record("Recorded baseline \(file.path); unset COLDVIZ_RECORD_SNAPSHOTS and run again.")
            return
        }
        let data = try Data(contentsOf: file)
        let expected = try RasterImage.decodePNG(Array(data))
        let distance = rms(actual, expected)
        if distance > Self.tolerance {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coldviz-plot-failures")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try ChartFile.write(png, to: dir.appendingPathComponent(name + "-actual.png").path)
            if expected.width == actual.width && expected.height == actual.height {
                try ChartFile.write(
                    try differenceImage(actual, expected).pngData(), to: dir.appendingPathComponent(name + "-diff.png").path)
            }
            Issue.record("\(name): RMS \(distance) > \(Self.tolerance); actual and diff images in \(dir.path)")
        }
    }

    @Test func rmsDetectsAChange() throws {
        let a = try RasterImage.decodePNG(
            try CairoRenderer.render(SmallCharts.all()[0].1, format: .png, width: 320, height: 180, dpi: 72))
        var b = a
        for i in stride(from: 0, to: b.rgba.count / 2, by: 4) { b.rgba[i] = 255 &- b.rgba[i] }
        #expect(rms(a, a) == 0)
        #expect(rms(a, b) > Self.tolerance)
        let round = try RasterImage.decodePNG(try a.pngData())
        #expect(rms(a, round) == 0)
    }

    @Test(arguments: SmallCharts.all().map(\.0))
    func svgIsWellFormedXMLAndStable(_ name: String) throws {
        let chart = SmallCharts.all().first { $0.0 == name }!.1
        let first = try CairoRenderer.render(chart, format: .svg)
        let second = try CairoRenderer.render(chart, format: .svg)
        #expect(first == second, "SVG bytes differ between two renders")
        let parser = XMLParser(data: Data(first))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(
            String(decoding: first.prefix(100), as: UTF8.self).contains("<svg")
                || String(decoding: first, as: UTF8.self).contains("<svg"))
    }

    @Test(arguments: SmallCharts.all().map(\.0))
    func pdfHasHeaderAndIsStable(_ name: String) throws {
        let chart = SmallCharts.all().first { $0.0 == name }!.1
        let first = try CairoRenderer.render(chart, format: .pdf)
        let second = try CairoRenderer.render(chart, format: .pdf)
        #expect(String(decoding: first.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(first == second, "PDF bytes differ between two renders")
        #expect(!String(decoding: first, as: UTF8.self).contains("/CreationDate"))
    }

    @Test func invalidCanvasIsRejected() {
        let scene = Scene(canvas: Canvas(widthPixels: 0, heightPixels: 10), background: Color(hex: 0))
        #expect(throws: ColdVizCairoError.invalidCanvas(width: 0, height: 10, dpi: 150)) {
            try CairoRenderer.render(scene, format: .png)
        }
    }

    @Test func chartFileWritesAtomically() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coldviz-chartfile-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("a.svg").path
        try ChartFile.write([1, 2, 3], to: path)
        try ChartFile.write([4, 5], to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data([4, 5]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.svg"])
        #expect(throws: ColdVizCairoError.self) { try ChartFile.write([1], to: "/nonexistent-dir/x.png") }
    }
}
