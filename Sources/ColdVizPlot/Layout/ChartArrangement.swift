/// A chart frame together with where its legends go.
struct ChartArrangement {
    var frame: ChartFrame
    var legendRects: [Rect]

    /// Lays out the frame, then places each legend inside the plot where `cost(frame, rect)` is
    /// lowest; when the legends would hide too much of the plot, they move to a column right of it.
    init(
        _ input: ChartFrame.Input, legends: [Legend], style: Style, reserved: (ChartFrame) -> [Rect] = { _ in [] },
        cost: (ChartFrame, Rect) -> Double
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
                // More than a sixth of the box over data: better outside, when there is room.
                if cost(frame, r) > r.width * r.height / 6 { covered = true }
            }
            if !covered || !roomOutside || sizes.isEmpty {
                self.frame = frame
                legendRects = taken
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
