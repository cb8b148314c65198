extension ECDFChart {
    /// Lays out the step lines and guides; the legend goes where it covers the fewest steps.
    /// O(n) after the build.
    public func scene(canvas: Canvas, theme: Theme, measurer: any TextMeasuring) -> Scene {
        let style = Style(theme: theme, canvas: canvas, measurer: measurer)
        let steps = build()
        let estimate = style.estimatedPlotSize
        let all = steps.flatMap(\.values)
        let xFit = NumericScale.fit(
            lower: all.min(), upper: all.max(), kind: xScale,
            targetTickCount: style.targetTicks(lengthPixels: estimate.width, horizontal: true))
        let yFit = NumericScale.fit(lower: 0, upper: 1, targetTickCount: 6, padding: 0.02)
        let input0 = ChartFrame.Input(
            title: title, x: AxisGuide(title: xTitle, fit: xFit), y: AxisGuide(title: yTitle, fit: yFit),
            notes: [SampleSize.note(counts: steps.map(\.count))].compactMap { $0 })
        let lw = style.dataLineWidth
        let legend = Legend(
            title: nil,
            entries: zip(series, steps).map { s, st in
                Legend.Entry(
                    label: SampleSize.label(s.group, count: st.count),
                    swatch: .line(Stroke(color: colors.color(for: s.group), widthPixels: lw)))
            })
        func path(_ st: Steps, _ frame: ChartFrame) -> [Point?] {
            guard let first = st.values.first else { return [] }
            var pts: [Point?] = [
                frame.point(0, yFit.scale.normalized(0)), frame.point(xFit.scale.normalized(first), yFit.scale.normalized(0)),
            ]
            var previous = 0.0
            for (v, f) in zip(st.values, st.fractions) {
                let x = xFit.scale.normalized(v)
                pts.append(frame.point(x, yFit.scale.normalized(previous)))
                pts.append(frame.point(x, yFit.scale.normalized(f)))
                previous = f
            }
            pts.append(frame.point(1, yFit.scale.normalized(1)))
            return pts
        }
        let guideFont = style.smallFont
        let guideH = style.measure("p99", guideFont).height
        let shown = guides.filter { $0 > 0 && $0 < 1 }.sorted()
        func guideName(_ g: Double) -> String {
            "p" + NumberLabels.label(g * 100, decimals: g * 100 == (g * 100).rounded() ? 0 : 1)
        }
        var input = input0
        input.rightReserve = (shown.map { style.measure(guideName($0), guideFont).width }.max() ?? 0) + style.gap
        let arrangement = ChartArrangement(input, legends: [legend], style: style) { frame, rect in
            var cost = 0.0
            for st in steps {
                for p in path(st, frame) where p.map(rect.contains) == true { cost += lw * lw * 4 }
            }
            return cost
        }
        let frame = arrangement.frame
        var b = SceneBuilder()
        frame.drawBackground(into: &b)
        // Guide labels sit right of the plot, pushed apart (upwards) where guides are close.
        var labelY = Double.infinity
        for g in shown {
            let y = frame.y(yFit.scale.normalized(g))
            b.line(
                Point(x: frame.plot.x, y: y), Point(x: frame.plot.maxX, y: y),
                stroke: Stroke(
                    color: theme.neutral.withAlpha(0.7), widthPixels: style.px(0.8), dash: Dash([style.px(3), style.px(2)])))
            labelY = min(y, labelY - guideH)
            b.text(
                guideName(g), at: Point(x: frame.plot.maxX + style.gap, y: labelY), font: guideFont, color: theme.mutedForeground,
                .start, .middle)
        }
        b.add(.pushClip(frame.plot))
        for (s, st) in zip(series, steps) {
            b.polyline(path(st, frame), stroke: Stroke(color: colors.color(for: s.group), widthPixels: lw))
        }
        b.add(.popClip)
        frame.drawAxes(into: &b)
        arrangement.drawLegends([legend], style: style, into: &b)
        return Scene(canvas: canvas, background: theme.background, primitives: b.primitives)
    }
}
