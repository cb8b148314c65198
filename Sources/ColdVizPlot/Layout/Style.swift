/// A theme resolved for one canvas: fonts and lengths in device pixels.
struct Style {
    let theme: Theme
    let canvas: Canvas
    let measurer: any TextMeasuring

    /// Shrinks text and spacing on canvases smaller than the study's 8.5 × 4.8 inches, by the
    /// square root of the linear ratio, so a 640 × 360 chart at 150 dpi keeps room for data.
    var scale: Double {
        let ratio = min(canvas.widthPixels / canvas.dpi / (1280.0 / 150), canvas.heightPixels / canvas.dpi / (720.0 / 150))
        return min(1, max(0.5, ratio.squareRoot()))
    }
    func px(_ points: Double) -> Double { canvas.pixels(points: points * scale) }

    var titleFont: Font { Font(sizePixels: px(theme.titlePoints)) }
    var labelFont: Font { Font(sizePixels: px(theme.labelPoints)) }
    var tickFont: Font { Font(sizePixels: px(theme.tickPoints)) }
    var smallFont: Font { Font(sizePixels: px(theme.tickPoints * 0.9)) }
    var legendTitleFont: Font { Font(sizePixels: px(theme.tickPoints), bold: true) }
    var margin: Double { px(theme.marginPoints) }
    var gap: Double { px(theme.gapPoints) }
    var tickLength: Double { px(theme.tickLengthPoints) }

    /// `font` shrunk (down to 60 %) so that `text` fits in `width` pixels.
    func fitting(_ text: String, _ font: Font, width: Double) -> Font {
        let w = measure(text, font).width
        guard w > width, w > 0 else { return font }
        return Font(sizePixels: font.sizePixels * max(0.6, width / w), bold: font.bold)
    }
    var axisStroke: Stroke { Stroke(color: theme.axis, widthPixels: px(theme.axisLinePoints)) }
    var gridStroke: Stroke { Stroke(color: theme.grid, widthPixels: px(theme.axisLinePoints)) }
    var dataLineWidth: Double { px(theme.dataLinePoints) }

    func measure(_ s: String, _ f: Font) -> TextExtent { measurer.measure(s, font: f) }

    /// Suggested tick counts for an axis of `lengthPixels`: about one label per 6 em horizontally
    /// and one per 3 em vertically, between 2 and 10.
    func targetTicks(lengthPixels: Double, horizontal: Bool) -> Int {
        let per = tickFont.sizePixels * (horizontal ? 6.5 : 3.2)
        return min(10, max(2, Int(lengthPixels / per)))
    }

    /// A rough plot-area size before layout, used to choose tick counts.
    var estimatedPlotSize: (width: Double, height: Double) {
        (canvas.widthPixels - tickFont.sizePixels * 8, canvas.heightPixels - tickFont.sizePixels * 8)
    }
}
