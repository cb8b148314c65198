/// A theme resolved for one canvas: fonts and lengths in device pixels.
struct Style {
    let theme: Theme
    let canvas: Canvas
    let measurer: any TextMeasuring

    var titleFont: Font { Font(sizePixels: canvas.pixels(points: theme.titlePoints)) }
    var labelFont: Font { Font(sizePixels: canvas.pixels(points: theme.labelPoints)) }
    var tickFont: Font { Font(sizePixels: canvas.pixels(points: theme.tickPoints)) }
    var smallFont: Font { Font(sizePixels: canvas.pixels(points: theme.tickPoints * 0.9)) }
    var legendTitleFont: Font { Font(sizePixels: canvas.pixels(points: theme.tickPoints), bold: true) }
    var margin: Double { canvas.pixels(points: theme.marginPoints) }
    var gap: Double { canvas.pixels(points: theme.gapPoints) }
    var tickLength: Double { canvas.pixels(points: theme.tickLengthPoints) }
    var axisStroke: Stroke { Stroke(color: theme.axis, widthPixels: canvas.pixels(points: theme.axisLinePoints)) }
    var gridStroke: Stroke { Stroke(color: theme.grid, widthPixels: canvas.pixels(points: theme.axisLinePoints)) }
    var dataLineWidth: Double { canvas.pixels(points: theme.dataLinePoints) }

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
