extension PhasesChart {
    /// Lays out one stacked bar per group, top to bottom, with "total ms · n" right of each bar,
    /// segment values inside the segments where they fit, and the phases' legend as one row under
    /// the x axis title, where it never hides a bar. A phase narrower than
    /// ``minimumSegmentPoints`` is drawn that wide so it stays visible.
    /// O(groups × phases) text measurements.
    public func scene(canvas: Canvas, theme: Theme, measurer: any TextMeasuring) -> Scene {
        let style = Style(theme: theme, canvas: canvas, measurer: measurer)
        let bars = build()
        let n = max(bars.count, 1)
        let names = phaseNames
        let prefix = PercentilesChart.commonPrefix(bars.map(\.name))
        let marks = bars.enumerated().map { i, bar in
            AxisGuide.Mark(position: 1 - (Double(i) + 0.5) / Double(n), lines: [String(bar.name.dropFirst(prefix.count))])
        }
        let valueFont = style.smallFont
        let totals = bars.map { bar in
            bar.totalMilliseconds > 0
                ? PhasesChart.durationLabel(bar.totalMilliseconds) + " ms · " + SampleSize.countText(bar.sampleCount) : ""
        }
        let labelWidths = totals.map { $0.isEmpty ? 0 : style.measure($0, valueFont).width + style.gap }
        let maxTotal = bars.map(\.totalMilliseconds).max() ?? 0
        let minimumWidth = style.px(PhasesChart.minimumSegmentPoints)
        let axisTitle = yTitle + (prefix.isEmpty ? "" : " (\(prefix)…)")
        // The first note line is left blank for the legend row.
        var notes = names.isEmpty ? [] : [""]
        notes.append("Bar length: sum of the phases' \(statisticName)s (not the \(statisticName) of the end-to-end duration)")
        if let note = SampleSize.note(counts: bars.filter { $0.totalMilliseconds > 0 }.map(\.sampleCount)) { notes.append(note) }

        // The x domain leaves room right of every bar for its label: fit on an estimate,
        // measure the plot, fit again.
        func xFit(plotWidth: Double) -> NumericScale.Fit {
            let need =
                zip(bars, labelWidths).map { bar, w -> Double in
                    let room = plotWidth - w - style.gap
                    return room > plotWidth * 0.3 ? bar.totalMilliseconds * plotWidth / room : bar.totalMilliseconds / 0.3
                }.max() ?? 1
            let domain = max(need, maxTotal)
            return NumericScale.fit(
                lower: 0, upper: domain > 0 ? domain : 1,
                targetTickCount: style.targetTicks(lengthPixels: plotWidth, horizontal: true), padding: 0, includeZero: true)
        }
        func input(_ fit: NumericScale.Fit, _ notes: [String]) -> ChartFrame.Input {
            ChartFrame.Input(
                title: title, x: AxisGuide(title: xTitle, fit: fit),
                y: AxisGuide(title: axisTitle, marks: marks, grid: false, tickMarks: false), notes: notes)
        }
        var fit = xFit(plotWidth: style.estimatedPlotSize.width)
        fit = xFit(plotWidth: ChartFrame(input(fit, notes + [""]), style: style).plot.width)

        func segments(_ frame: ChartFrame) -> [(bar: Int, segment: Segment, rect: Rect)] {
            let band = frame.plot.height / Double(n)
            let thickness = band * 0.7
            var out: [(Int, Segment, Rect)] = []
            for (i, bar) in bars.enumerated() {
                let y = frame.plot.y + band * Double(i) + (band - thickness) / 2
                var x = frame.plot.x
                for s in bar.segments where s.milliseconds > 0 {
                    let w = max(
                        minimumWidth,
                        frame.plot.width
                            * (fit.scale.normalized(s.startMilliseconds + s.milliseconds)
                                - fit.scale.normalized(s.startMilliseconds)))
                    out.append((i, s, Rect(x: x, y: y, width: w, height: thickness)))
                    x += w
                }
            }
            return out
        }
        if segments(ChartFrame(input(fit, notes), style: style)).contains(where: { $0.rect.width <= minimumWidth }) {
            notes.append(
                "Phases shorter than \(NumberLabels.label(PhasesChart.minimumSegmentPoints, decimals: 1)) pt are drawn that wide to stay visible"
            )
        }
        let frame = ChartFrame(input(fit, notes), style: style)
        var b = SceneBuilder()
        frame.drawBackground(into: &b)
        let separator = Stroke(color: theme.panel, widthPixels: style.px(0.6))
        let lineH = style.measure("Ag", valueFont).height
        let all = segments(frame)
        for (_, s, rect) in all {
            let fill = PhasesChart.color(ofPhase: s.name, among: names, dark: theme.isDark)
            b.rect(rect, fill: fill, stroke: separator)
            let text = PhasesChart.durationLabel(s.milliseconds)
            if style.measure(text, valueFont).width + style.gap <= rect.width && lineH <= rect.height {
                b.text(
                    text, at: Point(x: rect.x + rect.width / 2, y: rect.y + rect.height / 2), font: valueFont,
                    color: fill.readableInk, .middle, .middle)
            }
        }
        let band = frame.plot.height / Double(n)
        // Many groups: bar labels shrink (down to 60 %) to their band, and are left out below that.
        let bandFont = Font(sizePixels: valueFont.sizePixels * min(1, band / (lineH * 1.05)))
        let labelsFit = bandFont.sizePixels >= valueFont.sizePixels * 0.6
        let ends = Dictionary(all.map { ($0.bar, $0.rect.maxX) }, uniquingKeysWith: max)
        for i in bars.indices {
            let y = frame.plot.y + band * (Double(i) + 0.5)
            guard labelsFit else { continue }
            if bars[i].totalMilliseconds > 0 {
                let x = (ends[i] ?? frame.plot.x) + style.gap
                let font = style.fitting(totals[i], bandFont, width: max(1, frame.plot.maxX - x - style.gap / 2))
                b.text(totals[i], at: Point(x: x, y: y), font: font, color: theme.foreground, .start, .middle)
            } else {
                b.text(
                    "no traces", at: Point(x: frame.plot.x + style.gap, y: y), font: bandFont, color: theme.mutedForeground,
                    .start, .middle)
            }
        }
        frame.drawAxes(into: &b)
        if !names.isEmpty { drawLegendRow(names, frame: frame, notes: notes.count, style: style, into: &b) }
        return Scene(canvas: canvas, background: theme.background, primitives: b.primitives)
    }

    /// The smallest width, in points, a phase with a positive value is drawn with.
    public static let minimumSegmentPoints = 1.5

    /// "■ Initialization  ■ Invocation  ■ Overhead" centred under the plot on the first (blank)
    /// note line, which ``ChartFrame`` places right under the x axis title; the font shrinks
    /// (down to 60 %) when the row is wider than the canvas. O(phases) measurements.
    func drawLegendRow(_ names: [String], frame: ChartFrame, notes: Int, style: Style, into b: inout SceneBuilder) {
        let canvas = style.canvas
        let rowH = style.measure("Ag", style.smallFont).height
        let font = style.fitting(
            names.joined(separator: " ■■■ ") + " ■■", style.smallFont, width: canvas.widthPixels - 2 * style.margin)
        let swatch = font.sizePixels * 1.2
        let widths = names.map { swatch + style.gap + style.measure($0, font).width }
        let total = widths.reduce(0, +) + style.gap * 3 * Double(max(0, names.count - 1))
        var x = min(max(frame.plot.x + frame.plot.width / 2 - total / 2, style.margin), canvas.widthPixels - style.margin - total)
        let cy = canvas.heightPixels - style.margin - Double(notes) * rowH + rowH / 2
        for (name, w) in zip(names, widths) {
            let h = rowH * 0.6
            b.rect(
                Rect(x: x, y: cy - h / 2, width: swatch, height: h),
                fill: PhasesChart.color(ofPhase: name, among: names, dark: style.theme.isDark))
            b.text(name, at: Point(x: x + swatch + style.gap, y: cy), font: font, color: style.theme.foreground, .start, .middle)
            x += w + style.gap * 3
        }
    }
}
