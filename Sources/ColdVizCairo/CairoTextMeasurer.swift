import CCairo
import ColdVizPlot

/// Measures text with Cairo's toy font API ("DejaVu Sans") on a 1×1 image surface, the way
/// matplotlib's Cairo backend does. Not thread-safe: use one measurer per thread.
public final class CairoTextMeasurer: TextMeasuring {
    /// The font family used for measuring and drawing.
    public static let family = "DejaVu Sans"

    private let surface: OpaquePointer
    private let context: OpaquePointer

    /// Creates a measurer with its own 1×1 surface.
    public init() {
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
        context = cairo_create(surface)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// The advance width and the font's ascent and descent, in device pixels. O(length of text).
    public func measure(_ text: String, font: Font) -> TextExtent {
        CairoText.select(font, on: context)
        return CairoText.extent(text, on: context)
    }
}

/// Font selection and measurement shared by the measurer and the renderer.
enum CairoText {
    static func select(_ font: Font, on cr: OpaquePointer) {
        cairo_select_font_face(
            cr, CairoTextMeasurer.family, CAIRO_FONT_SLANT_NORMAL, font.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, font.sizePixels)
    }

    static func extent(_ text: String, on cr: OpaquePointer) -> TextExtent {
        var te = cairo_text_extents_t()
        var fe = cairo_font_extents_t()
        cairo_text_extents(cr, text, &te)
        cairo_font_extents(cr, &fe)
        return TextExtent(width: te.x_advance, ascent: fe.ascent, descent: fe.descent)
    }
}
