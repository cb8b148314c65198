extension DistributionChart {
    /// Lays out the histograms; the legend goes where it covers the least bar area.
    /// O(n log n) for the build plus O(groups × bins) for layout.
    public func scene(canvas: Canvas, theme: Theme, measurer: any TextMeasuring) -> Scene {
        let style = Style(theme: theme, canvas: canvas, measurer: measurer)
        let built = build()
        let estimate = style.estimatedPlotSize
        let maxCount = built.counts.flatMap { $0 }.max() ?? 0
        let xFit = NumericScale.fit(
            lower: built.edges.first, upper: built.edges.last, kind: xScale,
            targetTickCount: style.targetTicks(lengthPixels: estimate.width, horizontal: true))
        let yFit = NumericScale.fit(
            lower: 0, upper: Double(max(maxCount, 1)),
            targetTickCount: style.targetTicks(lengthPixels: estimate.height, horizontal: false), includeZero: true,
            integerTicks: true)
        let input = ChartFrame.Input(
            title: title, x: AxisGuide(title: xTitle, fit: xFit), y: AxisGuide(title: yTitle, fit: yFit),
            notes: [SampleSize.note(counts: built.sampleCounts)].compactMap { $0 })
        let legend = Legend(
            title: nil,
            entries: zip(series, built.sampleCounts).map { s, n in
                Legend.Entry(
                    label: SampleSize.label(s.group, count: n), swatch: .patch(colors.color(for: s.group).withAlpha(alpha)))
            })

        func bars(_ frame: ChartFrame) -> [(Int, Rect)] {
            var out: [(Int, Rect)] = []
            for (g, counts) in built.counts.enumerated() {
                for (i, c) in counts.enumerated() where c > 0 {
                    let x0 = frame.x(xFit.scale.normalized(built.edges[i]))
                    let x1 = frame.x(xFit.scale.normalized(built.edges[i + 1]))
                    let top = frame.y(yFit.scale.normalized(Double(c)))
                    out.append((g, Rect(x: x0, y: top, width: x1 - x0, height: frame.y(0) - top)))
                }
            }
            return out
        }
        let arrangement = ChartArrangement(input, legends: [legend], style: style) { frame, rect in
            bars(frame).reduce(0) { $0 + $1.1.overlapArea(rect) }
        }
        let frame = arrangement.frame
        var b = SceneBuilder()
        frame.drawBackground(into: &b)
        b.add(.pushClip(frame.plot))
        for (g, rect) in bars(frame) {
            b.rect(rect, fill: colors.color(for: series[g].group).withAlpha(alpha))
        }
        b.add(.popClip)
        frame.drawAxes(into: &b)
        arrangement.drawLegends([legend], style: style, into: &b)
        return Scene(canvas: canvas, background: theme.background, primitives: b.primitives)
    }
}
