extension PhasesChart {
    /// Lays out one stacked bar per group, top to bottom, with "total ms · n" right of each bar,
    /// segment values inside the segments where they fit and a legend of the phases. A phase
    /// narrower than ``minimumSegmentPoints`` is drawn that wide so it stays visible.
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
            bar.totalMilliseconds > 0 ? PhasesChart.durationLabel(bar.totalMilliseconds) + " ms · " + SampleSize.countText(bar.sampleCount) : ""
        }
        let labelWidths = totals.map { $0.isEmpty ? 0 : style.measure($0, valueFont).width + style.gap }
        let maxTotal = bars.map(\.totalMilliseconds).max() ?? 0
        let minimumWidth = style.px(PhasesChart.minimumSegmentPoints)
        let axisTitle = yTitle + (prefix.isEmpty ? "" : " (\(prefix)…)")
        var notes = ["Bar length: sum of the phases' \(statisticName)s (not the \(statisticName) of the end-to-end duration)"]
        if let note = SampleSize.note(counts: bars.filter { $0.totalMilliseconds > 0 }.map(\.sampleCount)) { notes.append(note) }

        let legend = Legend(title: nil, entries: names.map {
            Legend.Entry(label: $0, swatch: .patch(PhasesChart.color(ofPhase: $0, among: names, dark: theme.isDark)))
        })
        let legendSize = names.isEmpty ? (width: 0.0, height: 0.0) : legend.size(style: style)

        // The x domain leaves room right of the bars for their labels, and right of the top or
        // bottom bars (whichever needs less) for the legend: fit on an estimate, measure the
        // plot, fit again.
        func xFit(plotWidth: Double, plotHeight: Double) -> NumericScale.Fit {
            func need(_ i: Int, extra: Double) -> Double {
                let room = plotWidth - labelWidths[i] - style.gap - extra
                return room > plotWidth * 0.3 ? bars[i].totalMilliseconds * plotWidth / room : bars[i].totalMilliseconds / 0.7
            }
            let plain = bars.indices.map { need($0, extra: 0) }.max() ?? 1
            var upper = plain
            if legendSize.width > 0 {
                let covered = min(bars.count, Int(((legendSize.height + 2 * style.gap) / (plotHeight / Double(n))).rounded(.up)))
                let extra = legendSize.width + 2 * style.gap
                let top = (0..<covered).map { need($0, extra: extra) }.max() ?? 0
                let bottom = (bars.count - covered..<bars.count).map { need($0, extra: extra) }.max() ?? 0
                upper = max(plain, min(top, bottom))
            }
            let domain = max(upper, maxTotal)
            return NumericScale.fit(
                lower: 0, upper: domain > 0 ? domain : 1,
                targetTickCount: style.targetTicks(lengthPixels: plotWidth, horizontal: true), padding: 0, includeZero: true)
        }
        func input(_ fit: NumericScale.Fit, _ notes: [String]) -> ChartFrame.Input {
            ChartFrame.Input(
                title: title, x: AxisGuide(title: xTitle, fit: fit),
                y: AxisGuide(title: axisTitle, marks: marks, grid: false, tickMarks: false), notes: notes)
        }
        let estimate = style.estimatedPlotSize
        var fit = xFit(plotWidth: estimate.width, plotHeight: estimate.height)
        let first = ChartFrame(input(fit, notes + [""]), style: style).plot
        fit = xFit(plotWidth: first.width, plotHeight: first.height)

        func segments(_ frame: ChartFrame) -> [(bar: Int, segment: Segment, rect: Rect)] {
            let band = frame.plot.height / Double(n)
            let thickness = band * 0.7
            var out: [(Int, Segment, Rect)] = []
            for (i, bar) in bars.enumerated() {
                let y = frame.plot.y + band * Double(i) + (band - thickness) / 2
                var x = frame.plot.x
                for s in bar.segments where s.milliseconds > 0 {
                    let w = max(minimumWidth, frame.plot.width * (fit.scale.normalized(s.startMilliseconds + s.milliseconds) - fit.scale.normalized(s.startMilliseconds)))
                    out.append((i, s, Rect(x: x, y: y, width: w, height: thickness)))
                    x += w
                }
            }
            return out
        }
        func labelRects(_ frame: ChartFrame) -> [Rect] {
            let ends = Dictionary(segments(frame).map { ($0.bar, $0.rect.maxX) }, uniquingKeysWith: max)
            let band = frame.plot.height / Double(n)
            return labelWidths.enumerated().map { i, w in
                Rect(x: (ends[i] ?? frame.plot.x) + style.gap, y: frame.plot.y + band * Double(i), width: w, height: band)
            }
        }
        let enlarged = segments(ChartFrame(input(fit, notes), style: style)).contains { $0.segment.milliseconds > 0 && $0.rect.width <= minimumWidth }
        if enlarged { notes.append("Phases shorter than \(NumberLabels.label(PhasesChart.minimumSegmentPoints, decimals: 1)) pt are drawn that wide to stay visible") }

        let arrangement = ChartArrangement(input(fit, notes), legends: names.isEmpty ? [] : [legend], style: style) { frame, rect in
            segments(frame).reduce(0) { $0 + $1.rect.overlapArea(rect) } + labelRects(frame).reduce(0) { $0 + $1.overlapArea(rect) }
        }
        let frame = arrangement.frame
        var b = SceneBuilder()
        frame.drawBackground(into: &b)
        let separator = Stroke(color: theme.panel, widthPixels: style.px(0.6))
        let lineH = style.measure("Ag", valueFont).height
        for (_, s, rect) in segments(frame) {
            let fill = PhasesChart.color(ofPhase: s.name, among: names, dark: theme.isDark)
            b.rect(rect, fill: fill, stroke: separator)
            let text = PhasesChart.durationLabel(s.milliseconds)
            if style.measure(text, valueFont).width + style.gap <= rect.width && lineH <= rect.height {
                let ink = fill.readableInk
                b.text(text, at: Point(x: rect.x + rect.width / 2, y: rect.y + rect.height / 2), font: valueFont, color: ink, .middle, .middle)
            }
        }
        let band = frame.plot.height / Double(n)
        for (i, rect) in labelRects(frame).enumerated() {
            let y = frame.plot.y + band * (Double(i) + 0.5)
            if bars[i].totalMilliseconds > 0 {
                let font = style.fitting(totals[i], valueFont, width: max(1, frame.plot.maxX - rect.x - style.gap / 2))
                b.text(totals[i], at: Point(x: rect.x, y: y), font: font, color: theme.foreground, .start, .middle)
            } else {
                b.text("no traces", at: Point(x: frame.plot.x + style.gap, y: y), font: valueFont, color: theme.mutedForeground, .start, .middle)
            }
        }
        frame.drawAxes(into: &b)
        arrangement.drawLegends(names.isEmpty ? [] : [legend], style: style, into: &b)
        return Scene(canvas: canvas, background: theme.background, primitives: b.primitives)
    }

    /// The smallest width, in points, a phase with a positive value is drawn with.
    public static let minimumSegmentPoints = 1.5
}
