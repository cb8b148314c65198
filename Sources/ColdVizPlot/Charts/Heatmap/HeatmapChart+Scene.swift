extension HeatmapChart {
    /// Lays out the grid of cells and a colour bar at the right. Cell text shrinks to fit and
    /// is left out when it cannot; text colour follows the cell's luminance. O(rows × columns).
    public func scene(canvas: Canvas, theme: Theme, measurer: any TextMeasuring) -> Scene {
        let style = Style(theme: theme, canvas: canvas, measurer: measurer)
        let built = build()
        let present = built.values.flatMap { $0.compactMap { $0 } }
        let colorFit = NumericScale.fit(
            lower: present.min(), upper: present.max(), targetTickCount: 5, padding: 0)
        let colormap = SequentialColormap.viridis
        let nr = max(rows.count, 1), nc = max(columns.count, 1)
        let xMarks = columns.enumerated().map { AxisGuide.Mark(position: (Double($0) + 0.5) / Double(nc), lines: [$1]) }
        let yMarks = rows.enumerated().map { AxisGuide.Mark(position: 1 - (Double($0) + 0.5) / Double(nr), lines: [$1]) }
        let barTitle = statistic.spokenName + (unit.isEmpty ? "" : " (\(unit))")
        let barWidth = style.px(10)
        let tickW = colorFit.ticks.map { style.measure($0.label, style.tickFont).width }.max() ?? 0
        let reserve =
            style.gap * 3 + barWidth + style.tickLength + style.gap + tickW + style.gap
            + style.measure("Ag", style.labelFont).height
        var notes: [String] = []
        if built.counts.joined().contains(0) { notes.append("hatched: no data") }
        if let note = SampleSize.note(counts: built.counts.joined().filter { $0 > 0 }) { notes.append(note) }
        let input = ChartFrame.Input(
            title: title, x: AxisGuide(title: columnTitle, marks: xMarks, grid: false, tickMarks: false),
            y: AxisGuide(title: rowTitle, marks: yMarks, grid: false, tickMarks: false), notes: notes, rightReserve: reserve)
        let frame = ChartFrame(input, style: style)
        var b = SceneBuilder()
        let cw = frame.plot.width / Double(nc), ch = frame.plot.height / Double(nr)
        let baseFont = style.tickFont
        for r in 0..<rows.count {
            for c in 0..<columns.count {
                let rect = Rect(x: frame.plot.x + Double(c) * cw, y: frame.plot.y + Double(r) * ch, width: cw, height: ch)
                guard let v = built.values[r][c] else {
                    b.rect(
                        rect, fill: theme.missing.withAlpha(0.15),
                        stroke: Stroke(color: theme.background, widthPixels: style.px(1)),
                        hatch: Stroke(color: theme.missing, widthPixels: style.px(0.6)))
                    continue
                }
                let fill = colormap.color(at: colorFit.scale.normalized(v))
                b.rect(rect, fill: fill, stroke: Stroke(color: theme.background, widthPixels: style.px(1)))
                let ink = fill.relativeLuminance > 0.35 ? Color(hex: 0x111111) : Color(hex: 0xF5F5F5)
                let valueText = NumberLabels.label(v, decimals: abs(v) >= 100 ? 0 : 2)
                let countText = SampleSize.countText(built.counts[r][c])
                let font = style.fitting(valueText.count >= countText.count ? valueText : countText, baseFont, width: cw * 0.9)
                let lineH = style.measure("Ag", font).height
                let cx = rect.x + cw / 2, cy = rect.y + ch / 2
                if lineH * 2.2 <= ch && style.measure(valueText, font).width <= cw * 0.95 {
                    b.text(
                        valueText, at: Point(x: cx, y: cy), font: Font(sizePixels: font.sizePixels, bold: true), color: ink,
                        .middle, .bottom)
                    b.text(countText, at: Point(x: cx, y: cy), font: font, color: ink, .middle, .top)
                } else if lineH <= ch && style.measure(valueText, font).width <= cw * 0.95 {
                    b.text(valueText, at: Point(x: cx, y: cy), font: font, color: ink, .middle, .middle)
                }
            }
        }
        frame.drawAxes(into: &b)
        // Colour bar.
        let bar = Rect(x: frame.plot.maxX + style.gap * 3, y: frame.plot.y, width: barWidth, height: frame.plot.height)
        let steps = 64
        for i in 0..<steps {
            let t0 = Double(i) / Double(steps), t1 = Double(i + 1) / Double(steps)
            b.rect(
                Rect(x: bar.x, y: bar.maxY - t1 * bar.height, width: bar.width, height: (t1 - t0) * bar.height + 0.5),
                fill: colormap.color(at: (t0 + t1) / 2))
        }
        b.rect(bar, fill: nil, stroke: style.axisStroke)
        var widest = 0.0
        for tick in colorFit.ticks {
            let y = bar.maxY - colorFit.scale.normalized(tick.value) * bar.height
            b.line(Point(x: bar.maxX, y: y), Point(x: bar.maxX + style.tickLength, y: y), stroke: style.axisStroke)
            b.text(
                tick.label, at: Point(x: bar.maxX + style.tickLength + style.gap, y: y), font: style.tickFont,
                color: theme.foreground, .start, .middle)
            widest = max(widest, style.measure(tick.label, style.tickFont).width)
        }
        b.text(
            barTitle, at: Point(x: bar.maxX + style.tickLength + style.gap * 2 + widest, y: bar.y + bar.height / 2),
            font: style.labelFont, color: theme.foreground, .middle, .top, rotation: 90)
        return Scene(canvas: canvas, background: theme.background, primitives: b.primitives)
    }
}
