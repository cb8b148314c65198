import CCairo
import ColdVizPlot

/// Draws a ``Scene`` with Cairo and returns the encoded bytes; it never touches the file system.
public enum CairoRenderer {
    /// Encodes `scene` as PNG, SVG or PDF. Vector output is byte-identical across runs (no dates,
    /// ids renumbered in order of appearance). O(number of primitives and markers).
    public static func render(_ scene: Scene, format: OutputFormat) throws(ColdVizCairoError) -> [UInt8] {
        let c = scene.canvas
        guard c.widthPixels >= 1, c.heightPixels >= 1, c.widthPixels <= 32767, c.heightPixels <= 32767, c.dpi > 0 else {
            throw .invalidCanvas(width: c.widthPixels, height: c.heightPixels, dpi: c.dpi)
        }
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let pointsPerPixel = 72 / c.dpi
        let surface: OpaquePointer
        switch format {
        case .png:
            surface = cairo_image_surface_create(
                CAIRO_FORMAT_ARGB32, Int32(c.widthPixels.rounded()), Int32(c.heightPixels.rounded()))
        case .svg:
            surface = cairo_svg_surface_create_for_stream(
                ByteSink.write, closure, c.widthPixels * pointsPerPixel, c.heightPixels * pointsPerPixel)
            cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
        case .pdf:
            surface = cairo_pdf_surface_create_for_stream(
                ByteSink.write, closure, c.widthPixels * pointsPerPixel, c.heightPixels * pointsPerPixel)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "coldviz")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "")
        }
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        if format != .png { cairo_scale(cr, pointsPerPixel, pointsPerPixel) }
        SceneDrawer(cr: cr, raster: format == .png).draw(scene)
        let drawStatus = cairo_status(cr)
        cairo_destroy(cr)
        guard drawStatus == CAIRO_STATUS_SUCCESS else { throw .cairo(stage: "drawing the chart", status: statusText(drawStatus)) }
        if format == .png {
            let status = cairo_surface_write_to_png_stream(surface, ByteSink.write, closure)
            guard status == CAIRO_STATUS_SUCCESS else { throw .cairo(stage: "encoding PNG", status: statusText(status)) }
        } else {
            cairo_surface_finish(surface)
            let status = cairo_surface_status(surface)
            guard status == CAIRO_STATUS_SUCCESS else {
                throw .cairo(stage: "finishing \(format.rawValue)", status: statusText(status))
            }
        }
        return format == .svg ? StableSVG.renumberIDs(sink.bytes) : sink.bytes
    }

    /// Lays `chart` out with Cairo's text measurement and encodes it; the default is the study's
    /// 1280 × 720 pixels at 150 dpi.
    public static func render(
        _ chart: some Chart, format: OutputFormat, theme: Theme = .light,
        width: Int = 1280, height: Int = 720, dpi: Double = 150
    ) throws(ColdVizCairoError) -> [UInt8] {
        let canvas = Canvas(widthPixels: Double(width), heightPixels: Double(height), dpi: dpi)
        let scene = chart.scene(canvas: canvas, theme: theme, measurer: CairoTextMeasurer())
        return try render(scene, format: format)
    }

    static func statusText(_ s: cairo_status_t) -> String { String(cString: cairo_status_to_string(s)) }
}
