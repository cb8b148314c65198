extension CompareChart {
    /// Lays out both step lines per group, the percentile guides and the shift arrows; the legend
    /// names the groups with their shifts, then the two line styles. O(n) after the build.
    public func scene(canvas: Canvas, theme: Theme, measurer: any TextMeasuring) -> Scene {
        let style = Style(theme: theme, canvas: canvas, measurer: measurer)
        let built = build()
        let estimate = style.estimatedPlotSize
        let all = built.flatMap { $0.before.values + $0.after.values }
        let xFit = NumericScale.fit(
            lower: all.min(), upper: all.max(), kind: xScale,
            targetTickCount: style.targetTicks(lengthPixels: estimate.width, horizontal: true))
        let yFit = NumericScale.fit(lower: 0, upper: 1, targetTickCount: 6, padding: 0.02)
        let lw = style.dataLineWidth
        let dash = Dash([style.px(4), style.px(2.5)])
        let counts = built.flatMap { [$0.before.count, $0.after.count] }
        var input = ChartFrame.Input(
            title: title, x: AxisGuide(title: xTitle, fit: xFit), y: AxisGuide(title: yTitle, fit: yFit),
            notes: [SampleSize.note(counts: counts)].compactMap { $0 })
        let guideFont = style.smallFont
        let shown = shiftProbabilities.filter { $0 > 0 && $0 < 1 }.sorted()
        input.rightReserve = (shown.map { style.measure(ECDFGeometry.guideName($0), guideFont).width }.max() ?? 0) + style.gap
        let neutral = theme.mutedForeground
        let legend = Legend(
            title: nil,
            entries: zip(series, built).map { s, b in
                Legend.Entry(
                    label: Self.legendLabel(s.group, b), swatch: .line(Stroke(color: colors.color(for: s.group), widthPixels: lw))
                )
            } + [
                Legend.Entry(label: beforeName, swatch: .line(Stroke(color: neutral, widthPixels: lw, dash: dash))),
                Legend.Entry(label: afterName, swatch: .line(Stroke(color: neutral, widthPixels: lw))),
            ])
        func path(_ st: ECDFChart.Steps, _ frame: ChartFrame) -> [Point?] {
            ECDFGeometry.stepPath(st, frame: frame, x: xFit.scale, y: yFit.scale)
        }
        let arrangement = ChartArrangement(input, legends: [legend], style: style) { frame, rect in
            var cost = 0.0
            for b in built {
                for p in path(b.before, frame) + path(b.after, frame) where p.map(rect.contains) == true { cost += lw * lw * 4 }
            }
            return cost
        }
        let frame = arrangement.frame
        var sb = SceneBuilder()
        frame.drawBackground(into: &sb)
        ECDFGeometry.drawGuides(shown, frame: frame, y: yFit.scale, style: style, font: guideFont, into: &sb)
        sb.add(.pushClip(frame.plot))
        for (s, b) in zip(series, built) {
            let color = colors.color(for: s.group)
            sb.polyline(path(b.before, frame), stroke: Stroke(color: color.withAlpha(0.75), widthPixels: lw, dash: dash))
            sb.polyline(path(b.after, frame), stroke: Stroke(color: color, widthPixels: lw))
        }
        // Shift arrows just below each guide, one row per group so they never overlap.
        let rowGap = style.px(4.5)
        for (k, (s, b)) in zip(series, built).enumerated() {
            let color = colors.color(for: s.group)
            for shift in b.shifts {
                let y = frame.y(yFit.scale.normalized(shift.probability)) + rowGap * Double(k + 1)
                let x0 = frame.x(xFit.scale.normalized(shift.before)), x1 = frame.x(xFit.scale.normalized(shift.after))
                drawArrow(
                    from: Point(x: x0, y: y), to: Point(x: x1, y: y), color: color, halo: theme.background,
                    width: lw * 1.6, style: style, into: &sb)
            }
        }
        sb.add(.popClip)
        frame.drawAxes(into: &sb)
        arrangement.drawLegends([legend], style: style, into: &sb)
        return Scene(canvas: canvas, background: theme.background, primitives: sb.primitives)
    }

    /// A horizontal arrow with a filled head at `to` over a halo of the background colour, so it
    /// stands out from the step lines; a dot when the shift is under 2 px.
    private func drawArrow(
        from: Point, to: Point, color: Color, halo: Color, width: Double, style: Style, into sb: inout SceneBuilder
    ) {
        let head = style.px(4.5)
        let length = to.x - from.x
        guard abs(length) >= 2 else {
            sb.add(
                .markers(
                    MarkerBatch(
                        centers: [to], radiusPixels: width * 1.2, fill: color, stroke: Stroke(color: halo, widthPixels: width))))
            return
        }
        let direction: Double = length > 0 ? 1 : -1
        let shaftEnd = abs(length) > head ? Point(x: to.x - direction * head, y: to.y) : from
        sb.line(
            Point(x: from.x - direction * width, y: from.y), Point(x: to.x, y: to.y),
            stroke: Stroke(color: halo, widthPixels: width * 2.6))
        sb.add(.markers(MarkerBatch(centers: [from], radiusPixels: width, fill: color)))
        sb.line(from, shaftEnd, stroke: Stroke(color: color, widthPixels: width))
        sb.add(
            .path(
                PathPrimitive(
                    elements: [
                        .move(to), .line(Point(x: to.x - direction * head, y: to.y - head * 0.6)),
                        .line(Point(x: to.x - direction * head, y: to.y + head * 0.6)), .close,
                    ], fill: color)))
    }
}
