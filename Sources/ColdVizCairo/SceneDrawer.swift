import CCairo
import ColdVizPlot
import Foundation

/// Replays scene primitives on a Cairo context.
struct SceneDrawer {
    let cr: OpaquePointer
    /// Whether the target is an image surface (large marker batches are then stamped).
    var raster = false

    func draw(_ scene: Scene) {
        setColor(scene.background)
        cairo_paint(cr)
        for p in scene.primitives {
            switch p {
            case .path(let path): draw(path)
            case .text(let text): draw(text)
            case .markers(let batch): draw(batch)
            case .pushClip(let r):
                cairo_save(cr)
                cairo_rectangle(cr, r.x, r.y, r.width, r.height)
                cairo_clip(cr)
            case .popClip:
                cairo_restore(cr)
            }
        }
    }

    private func setColor(_ c: Color) { cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha) }

    private func setStroke(_ s: Stroke) {
        setColor(s.color)
        cairo_set_line_width(cr, s.widthPixels)
        if let dash = s.dash {
            cairo_set_dash(cr, dash.lengths, Int32(dash.lengths.count), 0)
        } else {
            cairo_set_dash(cr, nil, 0, 0)
        }
    }

    private func trace(_ elements: [PathElement]) {
        cairo_new_path(cr)
        for e in elements {
            switch e {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .close: cairo_close_path(cr)
            }
        }
    }

    private func draw(_ path: PathPrimitive) {
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        trace(path.elements)
        if let fill = path.fill {
            setColor(fill)
            cairo_fill_preserve(cr)
        }
        if let hatch = path.hatch {
            var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
            cairo_path_extents(cr, &x1, &y1, &x2, &y2)
            cairo_save(cr)
            cairo_clip_preserve(cr)
            let spacing = max(hatch.widthPixels * 5, 4)
            var d = -(y2 - y1)
            cairo_new_path(cr)
            while d < x2 - x1 {
                cairo_move_to(cr, x1 + d, y2)
                cairo_line_to(cr, x1 + d + (y2 - y1), y1)
                d += spacing
            }
            setStroke(hatch)
            cairo_stroke(cr)
            cairo_restore(cr)
            trace(path.elements)
        }
        if let stroke = path.stroke {
            setStroke(stroke)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    private func draw(_ batch: MarkerBatch) {
        let r = batch.radiusPixels
        if raster, batch.stroke == nil, batch.centers.count >= MarkerStamps.minimumBatch, r > 0, r < 64 {
            let stamps = MarkerStamps(radius: r, fill: batch.fill)
            for c in batch.centers { stamps.stamp(on: cr, x: c.x, y: c.y) }
            return
        }
        for c in batch.centers {
            cairo_new_path(cr)
            cairo_arc(cr, c.x, c.y, r, 0, 2 * .pi)
            setColor(batch.fill)
            if let s = batch.stroke {
                cairo_fill_preserve(cr)
                setStroke(s)
                cairo_stroke(cr)
            } else {
                cairo_fill(cr)
            }
        }
    }

    private func draw(_ text: TextPrimitive) {
        CairoText.select(text.font, on: cr)
        let e = CairoText.extent(text.string, on: cr)
        let dx: Double =
            switch text.horizontal {
            case .start: 0
            case .middle: -e.width / 2
            case .end: -e.width
            }
        let dy: Double =
            switch text.vertical {
            case .top: e.ascent
            case .middle: (e.ascent - e.descent) / 2
            case .baseline: 0
            case .bottom: -e.descent
            }
        cairo_save(cr)
        cairo_translate(cr, text.position.x, text.position.y)
        if text.rotationDegrees != 0 { cairo_rotate(cr, -text.rotationDegrees * .pi / 180) }
        cairo_move_to(cr, dx, dy)
        setColor(text.color)
        cairo_show_text(cr, text.string)
        cairo_restore(cr)
    }
}
