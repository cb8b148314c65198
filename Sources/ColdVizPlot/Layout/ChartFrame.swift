import ColdVizStats
import Foundation

/// The measured frame of a chart: margins for title, axis titles, tick labels, notes and an
/// optional right-hand reserve (colour bar, outside legend), and the plot area left over.
struct ChartFrame {
    struct Input {
        var title: String
        var x: AxisGuide
        var y: AxisGuide
        var yRight: AxisGuide?
        /// Small muted lines under the x axis title (sample-size warnings, date captions).
        var notes: [String] = []
        /// Pixels kept free right of the plot (right axis excluded).
        var rightReserve: Double = 0
        /// Pixels kept free at the bottom of the canvas, below the notes (a row of legends).
        var bottomReserve: Double = 0
    }

    static let rotationDegrees = 60.0

    let input: Input
    let style: Style
    /// The plot area in device pixels.
    var plot: Rect
    /// Whether x tick labels are rotated by ``rotationDegrees``.
    var xRotated = false
    /// Only every `xStride`-th x label is printed (1 = all), when even rotated labels collide.
    var xStride = 1
    /// Only every `yStride`-th y label is printed (1 = all).
    var yStride = 1
    /// The title font, shrunk when the title is wider than the canvas.
    var titleFont: Font

    /// Measures everything and reserves margins. O(number of ticks) text measurements.
    init(_ input: Input, style: Style) {
        self.input = input
        self.style = style
        let canvas = style.canvas
        let m = style.margin
        let g = style.gap
        let tl = style.tickLength
        let titleH = input.title.isEmpty ? 0 : style.measure(input.title, style.titleFont).height + 2 * g
        titleFont = style.fitting(input.title, style.titleFont, width: style.canvas.widthPixels - 2 * m)
        let labelH = style.measure("Ag", style.labelFont).height
        let tickH = style.measure("0", style.tickFont).height
        let top = m + titleH + tickH / 2

        func maxWidth(_ guide: AxisGuide) -> Double {
            guide.marks.flatMap(\.lines).map { style.measure($0, style.tickFont).width }.max() ?? 0
        }
        let yTitleW = input.y.title.isEmpty ? 0 : labelH + g
        var left = m + yTitleW + maxWidth(input.y) + g + tl
        var right = m + input.rightReserve
        if let r = input.yRight {
            right += tl + g + maxWidth(r) + (r.title.isEmpty ? 0 : g + labelH)
        }
        // Unrotated x labels must fit horizontally at both ends.
        let xWidths = input.x.marks.map { mark in
            mark.lines.map { style.measure($0, style.tickFont).width }.max() ?? 0
        }
        if let first = input.x.marks.first, first.position <= 0.01 { left = max(left, m + xWidths[0] / 2) }
        if let last = input.x.marks.last, last.position >= 0.99 { right = max(right, m + xWidths.last! / 2) }
        var plotWidth = max(10, canvas.widthPixels - left - right)

        // Rotate x labels when neighbours collide, thin them when rotated ones still collide.
        var rotated = false
        var stride = 1
        let marks = input.x.marks
        for i in 0..<max(0, marks.count - 1) {
            let dx = (marks[i + 1].position - marks[i].position) * plotWidth
            if dx < (xWidths[i] + xWidths[i + 1]) / 2 + g { rotated = true }
        }
        let rad = ChartFrame.rotationDegrees * .pi / 180
        let oneLine = tickH
        let lineCount = Double(marks.map(\.lines.count).max() ?? 1)
        if rotated {
            let minDx = zip(marks.dropFirst(), marks).map { ($0.position - $1.position) * plotWidth }.min() ?? plotWidth
            let needed = (oneLine * lineCount + g / 2) / sin(rad)
            if minDx > 0 && minDx < needed { stride = Int(checked: needed / minDx, rounding: .up) ?? marks.count }
            // The first rotated label extends left of its tick.
            if let first = marks.first {
                let w = first.lines.map { style.measure($0, style.tickFont).width }.max() ?? 0
                let reach = w * cos(rad) + oneLine * lineCount * sin(rad) / 2 - first.position * plotWidth
                if m + reach > left {
                    left = m + reach
                    plotWidth = max(10, canvas.widthPixels - left - right)
                }
            }
        }
        let xLabelsH: Double
        if rotated {
            let widest = xWidths.max() ?? 0
            xLabelsH = widest * sin(rad) + oneLine * lineCount * cos(rad)
        } else {
            xLabelsH = lineCount * oneLine
        }
        let noteH = Double(input.notes.count) * style.measure("Ag", style.smallFont).height
        let xTitleH = input.x.title.isEmpty ? 0 : labelH + g
        let bottom = m + input.bottomReserve + noteH + xTitleH + xLabelsH + g + tl
        let plotHeight = max(10, canvas.heightPixels - top - bottom)
        plot = Rect(x: left, y: top, width: plotWidth, height: plotHeight)
        // Thin y labels that would overlap (the plot ended up lower than the ticks assumed).
        let yMarks = input.y.marks.map(\.position).sorted()
        let minDy = zip(yMarks.dropFirst(), yMarks).map { ($0 - $1) * plotHeight }.min() ?? plotHeight
        yStride = minDy > 0 && minDy < oneLine * 1.1 ? Int(checked: oneLine * 1.1 / minDy, rounding: .up) ?? yMarks.count : 1
        xRotated = rotated
        xStride = stride
    }

    /// Device x of a normalised horizontal position.
    func x(_ t: Double) -> Double { plot.x + t * plot.width }
    /// Device y of a normalised vertical position (0 = bottom of the plot).
    func y(_ t: Double) -> Double { plot.maxY - t * plot.height }
    /// Device point of normalised coordinates.
    func point(_ tx: Double, _ ty: Double) -> Point { Point(x: x(tx), y: y(ty)) }
}
