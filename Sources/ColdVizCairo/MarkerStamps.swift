import CCairo
import ColdVizPlot

/// Filled circles drawn on an image surface by stamping pre-rendered copies, for batches too large
/// to tessellate one by one (a timeline of a million cold starts).
///
/// Each marker is composited on its own, as `cairo_arc` + `cairo_fill` would, so overlapping
/// translucent markers still darken; its centre is rounded to a sixteenth of a pixel (at most 256
/// stamps, made when first needed), which no reader can tell from the exact position. Image surfaces only: vector output keeps arcs.
final class MarkerStamps {
    /// Batches at least this large are stamped; smaller ones keep exact arcs.
    static let minimumBatch = 2_000

    private let radius: Double
    private let fill: Color
    private let size: Int32
    private var stamps: [OpaquePointer?] = Array(repeating: nil, count: 256)

    init(radius: Double, fill: Color) {
        self.radius = radius
        self.fill = fill
        size = Int32((2 * radius).rounded(.up)) + 2
    }

    deinit {
        for stamp in stamps { if let stamp { cairo_surface_destroy(stamp) } }
    }

    /// Composites one marker centred at (`x`, `y`) in device pixels. O(stamp area).
    func stamp(on cr: OpaquePointer, x: Double, y: Double) {
        // The stamp's circle sits at (radius + 1 + sixteenths) inside it.
        let left = x - radius - 1, top = y - radius - 1
        var ix = left.rounded(.down), iy = top.rounded(.down)
        var qx = Int(((left - ix) * 16).rounded()), qy = Int(((top - iy) * 16).rounded())
        if qx == 16 { (ix, qx) = (ix + 1, 0) }
        if qy == 16 { (iy, qy) = (iy + 1, 0) }
        cairo_set_source_surface(cr, stampSurface(qx, qy), ix, iy)
        cairo_rectangle(cr, ix, iy, Double(size), Double(size))
        cairo_fill(cr)
    }

    private func stampSurface(_ qx: Int, _ qy: Int) -> OpaquePointer {
        let k = qy * 16 + qx
        if let s = stamps[k] { return s }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, size, size)!
        let cr = cairo_create(surface)!
        cairo_arc(cr, radius + 1 + Double(qx) / 16, radius + 1 + Double(qy) / 16, radius, 0, 2 * .pi)
        cairo_set_source_rgba(cr, fill.red, fill.green, fill.blue, fill.alpha)
        cairo_fill(cr)
        cairo_destroy(cr)
        stamps[k] = surface
        return surface
    }
}
