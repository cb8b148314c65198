extension PercentilesChart {
    /// Lays out the grouped bars. Value labels are rotated when they are wider than a bar and
    /// left out when even rotated they do not fit. O(groups) text measurements.
    public func scene(canvas: Canvas, theme: Theme, measurer: any TextMeasuring) -> Scene {
        let style = Style(theme: theme, canvas: canvas, measurer: measurer)
        let summaries = build()
        let estimate = style.estimatedPlotSize
        let all = summaries.flatMap { $0.values.compactMap { $0 } }
        let n = max(groups.count, 1)
        // Headroom for the value labels: rotated labels when bars are narrow.
        let valueFont = style.smallFont
        let widestValue = all.map { style.measure(NumberLabels.label($0, decimals: 0) + "*", valueFont).width }.max() ?? 0
        let narrow = estimate.width / Double(n) * 0.8 / 4 < widestValue
        let labelPixels = (narrow ? widestValue : style.measure("0", valueFont).height) + style.gap
        let headroom = 1 / max(0.5, 1 - labelPixels / max(estimate.height * 0.7, 1))
        let yFit = NumericScale.fit(
            lower: 0, upper: (all.max() ?? 1) * headroom,
            targetTickCount: style.targetTicks(lengthPixels: estimate.height, horizontal: false), padding: 0, includeZero: true)
        // A prefix shared by every name ("perf_") moves into the axis title.
        let prefix = PercentilesChart.commonPrefix(groups.map(\.name))
        let marks = zip(groups, summaries).enumerated().map { i, pair in
            AxisGuide.Mark(
                position: (Double(i) + 0.5) / Double(n),
                lines: [
                    String(pair.0.name.dropFirst(prefix.count)),
                    "\(SampleSize.countText(pair.1.coldStartCount).dropFirst(2)) cold / \(NumberLabels.label(Double(pair.1.invocationCount), decimals: 0))",
                ])
        }
        let axisTitle = xTitle + (prefix.isEmpty ? "" : " (\(prefix)…)") + "; cold starts / invocations"

        var notes: [String] = []
        if summaries.contains(where: { $0.p99IsUnreliable && $0.coldStartCount > 0 }) {
            notes.append("* p99 of fewer than 1,000 cold starts (AWS: 10/(1-p)); type 7")
        }
        if let note = SampleSize.note(counts: summaries.map(\.coldStartCount)) { notes.append(note) }
        let input = ChartFrame.Input(
            title: title, x: AxisGuide(title: axisTitle, marks: marks, grid: false, tickMarks: false),
            y: AxisGuide(title: yTitle, fit: yFit), notes: notes)
        let legend = Legend(
            title: nil,
            entries: PercentilesChart.statistics(dark: theme.isDark).map {
                Legend.Entry(label: $0.name, swatch: .patch($0.color))
            })
        let slot = { (frame: ChartFrame) in frame.plot.width / Double(n) }
        func bars(_ frame: ChartFrame) -> [(group: Int, stat: Int, rect: Rect, value: Double)] {
            var out: [(Int, Int, Rect, Double)] = []
            let w = slot(frame) * 0.8 / 4
            for (g, s) in summaries.enumerated() {
                for (k, v) in s.values.enumerated() {
                    guard let v else { continue }
                    let x = frame.plot.x + slot(frame) * (Double(g) + 0.1) + Double(k) * w
                    let top = frame.y(yFit.scale.normalized(v))
                    out.append((g, k, Rect(x: x, y: top, width: w, height: frame.plot.maxY - top), v))
                }
            }
            return out
        }
        let arrangement = ChartArrangement(input, legends: [legend], style: style) { frame, rect in
            bars(frame).reduce(0) { $0 + $1.rect.overlapArea(rect) }
        }
        let frame = arrangement.frame
        var b = SceneBuilder()
        frame.drawBackground(into: &b)
        let barWidth = frame.plot.width / Double(n) * 0.8 / 4
        let small = style.smallFont
        let font = Font(sizePixels: small.sizePixels * min(1, max(0.6, barWidth * 1.2 / style.measure("0", small).height)))
        let lineH = style.measure("0", font).height
        for bar in bars(frame) {
            b.rect(bar.rect, fill: PercentilesChart.statistics(dark: theme.isDark)[bar.stat].color)
            var label = NumberLabels.label(bar.value, decimals: 0)
            if bar.stat == 0 && summaries[bar.group].p99IsUnreliable { label += "*" }
            let w = style.measure(label, font).width
            let cx = bar.rect.x + bar.rect.width / 2
            if w <= bar.rect.width * 1.1 {
                b.text(
                    label, at: Point(x: cx, y: bar.rect.y - style.gap / 2), font: font, color: theme.foreground, .middle, .bottom)
            } else if lineH <= bar.rect.width * 1.25 {
                b.text(
                    label, at: Point(x: cx, y: bar.rect.y - style.gap / 2), font: font, color: theme.foreground, .start, .middle,
                    rotation: 90)
            }
        }
        for (g, s) in summaries.enumerated() where s.coldStartCount == 0 {
            let cx = frame.plot.x + slot(frame) * (Double(g) + 0.5)
            b.text(
                "no cold starts", at: Point(x: cx, y: frame.plot.maxY - style.gap), font: font, color: theme.mutedForeground,
                .start, .middle, rotation: 90)
        }
        frame.drawAxes(into: &b)
        arrangement.drawLegends([legend], style: style, into: &b)
        return Scene(canvas: canvas, background: theme.background, primitives: b.primitives)
    }

    /// The longest prefix shared by all names, cut after its last "_" (empty for fewer than two names).
    static func commonPrefix(_ names: [String]) -> String {
        guard names.count > 1, var prefix = names.first else { return "" }
        for name in names.dropFirst() {
            while !name.hasPrefix(prefix) { prefix.removeLast() }
        }
        guard let cut = prefix.lastIndex(of: "_") else { return "" }
        return String(prefix[...cut])
    }
}
