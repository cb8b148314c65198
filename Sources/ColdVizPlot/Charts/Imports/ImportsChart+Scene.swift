extension ImportsChart {
    /// Lays out the grouped bars with values above them (rotated when wider than a bar, left
    /// out when even rotated they do not fit), a legend of the groups, and "n/a" where a group has
    /// no value for a module. O(modules × groups) text measurements.
    public func scene(canvas: Canvas, theme: Theme, measurer: any TextMeasuring) -> Scene {
        let style = Style(theme: theme, canvas: canvas, measurer: measurer)
        let bars = build()
        let nm = max(modules.count, 1), ng = max(groups.count, 1)
        let estimate = style.estimatedPlotSize
        let legend = Legend(title: nil, entries: groups.map { Legend.Entry(label: $0, swatch: .patch(colors.color(for: $0))) })
        let valueFont = style.smallFont
        let values = bars.map(\.milliseconds)
        let widest = values.map { style.measure(ImportsChart.label($0), valueFont).width }.max() ?? 0
        let narrow = estimate.width / Double(nm) * 0.8 / Double(ng) < widest
        let labelPixels = (narrow ? widest : style.measure("0", valueFont).height) + style.gap
        let headroom = 1 / max(0.5, 1 - labelPixels / max(estimate.height * 0.7, 1))
        let yFit = NumericScale.fit(
            lower: 0, upper: (values.max() ?? 1) * headroom,
            targetTickCount: style.targetTicks(lengthPixels: estimate.height, horizontal: false), padding: 0, includeZero: true)
        let slotEstimate = (estimate.width - (groups.isEmpty ? 0 : legend.size(style: style).width)) / Double(nm) * 0.9
        let marks = modules.enumerated().map {
            AxisGuide.Mark(
                position: (Double($0) + 0.5) / Double(nm), lines: ImportsChart.lines($1.name, fitting: slotEstimate, style: style)
            )
        }
        let missing = modules.contains { m in
            groups.contains { g in !(m.valuesByGroup[g].map { $0.isFinite && $0 >= 0 } ?? false) }
        }
        var notes = ["\(statisticName) per group and module; \"other\" is the sum of the remaining modules' \(statisticName)s"]
        if missing { notes.append("n/a: no import time for that group") }
        let input = ChartFrame.Input(
            title: title, x: AxisGuide(title: xTitle, marks: marks, grid: false, tickMarks: false),
            y: AxisGuide(title: yTitle, fit: yFit), notes: notes)
        func rect(_ bar: Bar, _ frame: ChartFrame) -> Rect {
            let slot = frame.plot.width / Double(nm)
            let w = slot * 0.8 / Double(ng)
            let x = frame.plot.x + slot * (Double(bar.moduleIndex) + 0.1) + w * Double(bar.groupIndex)
            // A positive value is at least ``minimumBarPoints`` tall, so it stays visible.
            let height = frame.plot.maxY - frame.y(yFit.scale.normalized(bar.milliseconds))
            let h = bar.milliseconds > 0 ? max(height, style.px(ImportsChart.minimumBarPoints)) : height
            return Rect(x: x, y: frame.plot.maxY - h, width: w, height: h)
        }
        let arrangement = ChartArrangement(input, legends: groups.isEmpty ? [] : [legend], style: style) { frame, r in
            bars.reduce(0) { acc, bar in
                var box = rect(bar, frame)
                box.y -= labelPixels
                box.height += labelPixels
                return acc + box.overlapArea(r)
            }
        }
        let frame = arrangement.frame
        var b = SceneBuilder()
        frame.drawBackground(into: &b)
        let barWidth = frame.plot.width / Double(nm) * 0.8 / Double(ng)
        let font = Font(
            sizePixels: valueFont.sizePixels * min(1, max(0.6, barWidth * 1.2 / style.measure("0", valueFont).height)))
        let lineH = style.measure("0", font).height
        for bar in bars {
            let r = rect(bar, frame)
            b.rect(r, fill: colors.color(for: bar.group))
            let text = ImportsChart.label(bar.milliseconds)
            let w = style.measure(text, font).width
            let at = Point(x: r.x + r.width / 2, y: r.y - style.gap / 2)
            if w + style.px(1) <= r.width {
                b.text(text, at: at, font: font, color: theme.foreground, .middle, .bottom)
            } else if lineH <= r.width * 1.25 {
                b.text(text, at: at, font: font, color: theme.foreground, .start, .middle, rotation: 90)
            }
        }
        if missing {
            for (mi, m) in modules.enumerated() {
                for (gi, g) in groups.enumerated() where !(m.valuesByGroup[g].map { $0.isFinite && $0 >= 0 } ?? false) {
                    let x = frame.plot.x + frame.plot.width / Double(nm) * (Double(mi) + 0.1) + barWidth * (Double(gi) + 0.5)
                    let at = Point(x: x, y: frame.plot.maxY - style.gap / 2)
                    if style.measure("n/a", font).width + style.px(1) <= barWidth {
                        b.text("n/a", at: at, font: font, color: theme.mutedForeground, .middle, .bottom)
                    } else {
                        b.text("n/a", at: at, font: font, color: theme.mutedForeground, .start, .middle, rotation: 90)
                    }
                }
            }
        }
        frame.drawAxes(into: &b)
        arrangement.drawLegends(groups.isEmpty ? [] : [legend], style: style, into: &b)
        return Scene(canvas: canvas, background: theme.background, primitives: b.primitives)
    }

    /// The smallest height, in points, a bar with a positive value is drawn with.
    public static let minimumBarPoints = 1.0

    /// Axis label lines: "other (7 modules)" becomes "other" over "(7 modules)"; a name wider
    /// than `width` is broken after the "_" or "." nearest its middle ("aws_lambda_" over
    /// "powertools"), when that makes it narrower.
    static func lines(_ name: String, fitting width: Double, style: Style) -> [String] {
        if let cut = name.range(of: " (") {
            return [String(name[..<cut.lowerBound]), String(name[name.index(after: cut.lowerBound)...])]
        }
        guard style.measure(name, style.tickFont).width > width else { return [name] }
        let chars = Array(name)
        let breaks = chars.indices.filter { (chars[$0] == "_" || chars[$0] == ".") && $0 > 0 && $0 < chars.count - 1 }
        guard let at = breaks.min(by: { abs(2 * $0 - chars.count) < abs(2 * $1 - chars.count) }) else { return [name] }
        return [String(chars[...at]), String(chars[(at + 1)...])]
    }

    /// A value label: 0 decimals from 10 ms, 1 from 1 ms, else 2 ("402", "4.2", "0.12").
    static func label(_ ms: Double) -> String { PhasesChart.durationLabel(ms) }
}
