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
        func path(_ st: ECDFChart.Steps, _ frame: ChartFrame) -> [Point?] {
            ECDFGeometry.stepPath(st, frame: frame, x: xFit.scale, y: yFit.scale)
        }
        let guideFont = style.smallFont
        let shown = guides.filter { $0 > 0 && $0 < 1 }.sorted()
        var input = input0
        input.rightReserve = (shown.map { style.measure(ECDFGeometry.guideName($0), guideFont).width }.max() ?? 0) + style.gap
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
        ECDFGeometry.drawGuides(shown, frame: frame, y: yFit.scale, style: style, font: guideFont, into: &b)
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
