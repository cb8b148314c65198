/// A chart frame together with where its legends go.
struct ChartArrangement {
    var frame: ChartFrame
    var legendRects: [Rect]

    /// Lays out the frame, then places each legend inside the plot where `cost(frame, rect)` is
    /// lowest; when the legends would hide too much of the plot, they move to a column right of it,
    /// or, on a canvas too narrow for that, to a row along the bottom.
    init(
        _ input: ChartFrame.Input, legends: [Legend], style: Style, reserved: (ChartFrame) -> [Rect] = { _ in [] },
        tolerance: Double = 1.0 / 6, cost: (ChartFrame, Rect) -> Double
    ) {
        var frame = ChartFrame(input, style: style)
        let sizes = legends.map { $0.size(style: style) }
        let widest = sizes.map(\.width).max() ?? 0
        let roomOutside = frame.plot.width - widest - style.gap >= style.canvas.widthPixels * 0.5
        if sizes.isEmpty || LegendPlacement.fitsInside(sizes, plot: frame.plot.insetBy(style.gap)) || !roomOutside {
            let fixed = reserved(frame)
            var taken: [Rect] = []
            var covered = false
            for s in sizes {
                let r = LegendPlacement.best(
                    width: s.width, height: s.height, in: frame.plot, inset: style.gap, taken: taken + fixed,
                    cost: { cost(frame, $0) })
                taken.append(r)
                // More than `tolerance` of the box over data (a sixth by default): better outside, when there is room.
                if cost(frame, r) > r.width * r.height * tolerance { covered = true }
            }
            if !covered || sizes.isEmpty {
                self.frame = frame
                legendRects = taken
                return
            }
            if !roomOutside {
                let rowWidth = sizes.map(\.width).reduce(0, +) + style.gap * Double(sizes.count - 1)
                guard rowWidth <= style.canvas.widthPixels - 2 * style.margin else {
                    self.frame = frame
                    legendRects = taken
                    return
                }
                let rowHeight = sizes.map(\.height).max() ?? 0
                var below = input
                below.bottomReserve += rowHeight + style.gap
                self.frame = ChartFrame(below, style: style)
                var x = (style.canvas.widthPixels - rowWidth) / 2
                let y = style.canvas.heightPixels - style.margin - rowHeight
                legendRects = sizes.map { s in
                    defer { x += s.width + style.gap }
                    return Rect(x: x, y: y, width: s.width, height: s.height)
                }
                return
            }
        }
        var outside = input
        outside.rightReserve += widest + style.gap
        frame = ChartFrame(outside, style: style)
        var y = frame.plot.y
        var rects: [Rect] = []
        for s in sizes {
            rects.append(Rect(x: style.canvas.widthPixels - style.margin - widest, y: y, width: s.width, height: s.height))
            y += s.height + style.gap
        }
        self.frame = frame
        legendRects = rects
    }

    /// Draws every legend at its place.
    func drawLegends(_ legends: [Legend], style: Style, into b: inout SceneBuilder) {
        for (legend, rect) in zip(legends, legendRects) { legend.draw(in: rect, style: style, into: &b) }
    }
}
