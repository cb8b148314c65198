extension BoxChart {
    /// Lays out the boxes with n printed above each; colours by subgroup when split (with a
    /// legend), else by group. O(n) after the build.
    public func scene(canvas: Canvas, theme: Theme, measurer: any TextMeasuring) -> Scene {
        let style = Style(theme: theme, canvas: canvas, measurer: measurer)
        let boxes = build()
        let (groups, subs) = order
        let split = !subs.isEmpty
        let estimate = style.estimatedPlotSize
        let finite = boxes.filter { $0.count > 0 }
        let lows = finite.map { min($0.lowerWhisker, $0.outliers.first ?? .infinity) }
        let highs = finite.map { max($0.upperWhisker, $0.outliers.last ?? -.infinity) }
        let yFit = NumericScale.fit(
            lower: lows.min(), upper: highs.max().map { yScale == .log ? $0 * 1.15 : $0 + ($0 - (lows.min() ?? 0)) * 0.08 },
            kind: yScale,
            targetTickCount: style.targetTicks(lengthPixels: estimate.height, horizontal: false))
        let ng = max(groups.count, 1), ns = max(subs.count, 1)
        let marks = groups.enumerated().map { AxisGuide.Mark(position: (Double($0) + 0.5) / Double(ng), lines: [$1]) }
        let input = ChartFrame.Input(
            title: title, x: AxisGuide(title: xTitle, marks: marks, grid: false, tickMarks: false),
            y: AxisGuide(title: yTitle, fit: yFit), notes: [SampleSize.note(counts: boxes.map(\.count))].compactMap { $0 })
        let legends: [Legend] =
            split
            ? [
                Legend(
                    title: subgroupTitle,
                    entries: subs.map { Legend.Entry(label: $0, swatch: .patch(colors.color(for: $0).withAlpha(0.6))) })
            ]
            : []
        func slot(_ box: Box, _ frame: ChartFrame) -> (x: Double, width: Double) {
            let gw = frame.plot.width / Double(ng)
            let inner = gw * 0.8 / Double(ns)
            return (
                frame.plot.x + gw * (Double(box.groupIndex) + 0.1) + inner * Double(box.subgroupIndex) + inner * 0.1, inner * 0.8
            )
        }
        let arrangement = ChartArrangement(input, legends: legends, style: style) { frame, rect in
            boxes.filter { $0.count > 0 }.reduce(0) { acc, box in
                let s = slot(box, frame)
                let top = frame.y(yFit.scale.normalized(box.upperWhisker)),
                    bottom = frame.y(yFit.scale.normalized(box.lowerWhisker))
                return acc
                    + Rect(x: s.x, y: top - style.gap * 4, width: s.width, height: bottom - top + style.gap * 4).overlapArea(rect)
            }
        }
        let frame = arrangement.frame
        var b = SceneBuilder()
        frame.drawBackground(into: &b)
        let line = Stroke(color: theme.foreground.withAlpha(0.85), widthPixels: style.px(1))
        b.add(.pushClip(frame.plot))
        for (box, s) in zip(boxes, series) where box.count > 0 {
            let (x, w) = slot(box, frame)
            let color = colors.color(for: split ? (s.subgroup ?? s.group) : s.group)
            func y(_ v: Double) -> Double { frame.y(yFit.scale.normalized(v)) }
            let cx = x + w / 2
            b.line(Point(x: cx, y: y(box.q3)), Point(x: cx, y: y(box.upperWhisker)), stroke: line)
            b.line(Point(x: cx, y: y(box.q1)), Point(x: cx, y: y(box.lowerWhisker)), stroke: line)
            for v in [box.upperWhisker, box.lowerWhisker] {
                b.line(Point(x: cx - w / 4, y: y(v)), Point(x: cx + w / 4, y: y(v)), stroke: line)
            }
            b.rect(
                Rect(x: x, y: y(box.q3), width: w, height: max(y(box.q1) - y(box.q3), style.px(0.5))), fill: color.withAlpha(0.6),
                stroke: line)
            b.line(
                Point(x: x, y: y(box.median)), Point(x: x + w, y: y(box.median)),
                stroke: Stroke(color: theme.foreground, widthPixels: style.px(1.6)))
            if !box.outliers.isEmpty {
                b.add(
                    .markers(
                        MarkerBatch(
                            centers: box.outliers.map { Point(x: cx, y: y($0)) }, radiusPixels: style.px(1.6),
                            fill: color.withAlpha(0.35), stroke: Stroke(color: color, widthPixels: style.px(0.5)))))
            }
        }
        b.add(.popClip)
        for (box, s) in zip(boxes, series) {
            let (x, w) = slot(box, frame)
            let top =
                box.count > 0
                ? frame.y(yFit.scale.normalized(max(box.upperWhisker, box.outliers.last ?? -.infinity))) : frame.plot.maxY
            let font = style.fitting(SampleSize.countText(box.count), style.smallFont, width: w * 1.6)
            b.text(
                SampleSize.countText(box.count),
                at: Point(x: x + w / 2, y: max(frame.plot.y + style.measure("0", font).height, top - style.gap / 2)),
                font: font, color: theme.mutedForeground, .middle, .bottom)
            _ = s
        }
        frame.drawAxes(into: &b)
        arrangement.drawLegends(legends, style: style, into: &b)
        return Scene(canvas: canvas, background: theme.background, primitives: b.primitives)
    }
}
