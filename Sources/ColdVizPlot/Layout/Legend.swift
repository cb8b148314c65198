/// The sample drawn left of a legend label.
enum LegendSwatch {
    /// A filled square (histogram, bars).
    case patch(Color)
    /// A marker (scatter).
    case marker(Color)
    /// A line sample (solid or dashed).
    case line(Stroke)
    /// A marker with a line through it (scatter plus a summary line).
    case markerAndLine(Color, Stroke)
}

/// A legend: optional title and entries, measured and drawn as a box.
struct Legend {
    struct Entry {
        var label: String
        var swatch: LegendSwatch
    }

    var title: String?
    var entries: [Entry]

    /// Box size in pixels for `style`. O(entries) measurements.
    func size(style: Style) -> (width: Double, height: Double) {
        let g = style.gap
        let rowH = style.measure("Ag", style.tickFont).height * 1.25
        let labelW = entries.map { style.measure($0.label, style.tickFont).width }.max() ?? 0
        let titleW = title.map { style.measure($0, style.legendTitleFont).width } ?? 0
        let swatchW = style.tickFont.sizePixels * 1.6
        let width = 2 * g + max(titleW, swatchW + g + labelW)
        let height = 2 * g + (title == nil ? 0 : rowH) + Double(entries.count) * rowH
        return (width, height)
    }

    /// Draws the box with its top-left corner at `rect.x, rect.y`.
    func draw(in rect: Rect, style: Style, into b: inout SceneBuilder) {
        let theme = style.theme
        let g = style.gap
        let rowH = style.measure("Ag", style.tickFont).height * 1.25
        b.rect(
            rect, fill: theme.legendBackground.withAlpha(theme.legendAlpha),
            stroke: Stroke(color: theme.legendBorder, widthPixels: style.px(0.6)))
        var y = rect.y + g
        if let title {
            b.text(
                title, at: Point(x: rect.x + g, y: y + rowH / 2), font: style.legendTitleFont, color: theme.foreground, .start,
                .middle)
            y += rowH
        }
        let swatchW = style.tickFont.sizePixels * 1.6
        let r = style.tickFont.sizePixels * 0.3
        for e in entries {
            let cy = y + rowH / 2
            let x0 = rect.x + g
            switch e.swatch {
            case .patch(let c):
                let h = rowH * 0.6
                b.rect(Rect(x: x0, y: cy - h / 2, width: swatchW, height: h), fill: c)
            case .marker(let c):
                b.add(.markers(MarkerBatch(centers: [Point(x: x0 + swatchW / 2, y: cy)], radiusPixels: r, fill: c)))
            case .line(let s):
                b.line(Point(x: x0, y: cy), Point(x: x0 + swatchW, y: cy), stroke: s)
            case .markerAndLine(let c, let s):
                b.line(Point(x: x0, y: cy), Point(x: x0 + swatchW, y: cy), stroke: s)
                b.add(.markers(MarkerBatch(centers: [Point(x: x0 + swatchW / 2, y: cy)], radiusPixels: r, fill: c)))
            }
            b.text(e.label, at: Point(x: x0 + swatchW + g, y: cy), font: style.tickFont, color: theme.foreground, .start, .middle)
            y += rowH
        }
    }
}
