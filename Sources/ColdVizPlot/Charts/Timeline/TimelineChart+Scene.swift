extension TimelineChart {
    /// Lays out the burst: scatter, percentile lines, dashed counts on the right axis and two
    /// legends placed where they cover the fewest points. O(n) (no per-point text).
    public func scene(canvas: Canvas, theme: Theme, measurer: any TextMeasuring) -> Scene {
        let style = Style(theme: theme, canvas: canvas, measurer: measurer)
        let built = build()
        let estimate = style.estimatedPlotSize
        let markerTimes = markers.map(\.seconds).filter(\.isFinite)
        let time = TimeTicks.fit(
            lower: ([built.timeRange?.lowerBound].compactMap { $0 } + markerTimes).min(),
            upper: ([built.timeRange?.upperBound].compactMap { $0 } + markerTimes).max(),
            targetCount: style.targetTicks(lengthPixels: estimate.width, horizontal: true) + 2)
        let pLines = built.percentiles.flatMap { $0.compactMap { $0 } }
        let yFit = NumericScale.fit(
            lower: min(built.initRange?.lowerBound ?? 0, pLines.min() ?? .infinity),
            upper: max(built.initRange?.upperBound ?? 1, pLines.max() ?? -.infinity), kind: yScale,
            targetTickCount: style.targetTicks(lengthPixels: estimate.height, horizontal: false))
        let maxCount = built.counts.flatMap { $0 }.max() ?? 0
        let countFit = NumericScale.fit(
            lower: 0, upper: Double(max(maxCount, 4)),
            targetTickCount: style.targetTicks(lengthPixels: estimate.height, horizontal: false), includeZero: true,
            integerTicks: true)
        let unit = NumberLabels.label(binSeconds, decimals: binSeconds == binSeconds.rounded() ? 0 : 3)
        var xTitleFull = xTitle
        if let date = time.dateCaption { xTitleFull += " (UTC, \(date))" } else { xTitleFull += " (UTC)" }
        let sampleCounts = series.map { s in
            zip(s.completionSeconds, s.initDurationsMilliseconds).filter { $0.0.isFinite && $0.1.isFinite }.count
        }
        let input = ChartFrame.Input(
            title: title, x: AxisGuide(title: xTitleFull, time: time), y: AxisGuide(title: yTitle, fit: yFit),
            yRight: AxisGuide(title: "Cold starts per \(unit) s", fit: countFit, grid: false),
            notes: [SampleSize.note(counts: sampleCounts)].compactMap { $0 })

        let lineWidth = style.dataLineWidth
        let dash = Dash([lineWidth * 3, lineWidth * 2])
        let initLegend = Legend(
            title: legendTitle,
            entries: zip(series, sampleCounts).map { s, n in
                Legend.Entry(
                    label: SampleSize.label(s.group, count: n), swatch: .marker(colors.color(for: s.group).withAlpha(0.6)))
            } + [
                Legend.Entry(
                    label: "\(percentileName) per \(unit) s", swatch: .line(Stroke(color: theme.neutral, widthPixels: lineWidth)))
            ])
        let countLegend = Legend(
            title: "Cold Start Counts",
            entries: series.map { s in
                Legend.Entry(
                    label: s.group,
                    swatch: .line(Stroke(color: colors.color(for: s.group), widthPixels: lineWidth * 0.8, dash: dash)))
            })

        let radius = style.px(2.6)
        let ts = time.scale
        let ys = yFit.scale
        // Normalised positions, computed once: the legend search and the markers both use them.
        var normalized: [[(x: Double, y: Double)]] = series.map { s in
            zip(s.completionSeconds, s.initDurationsMilliseconds).compactMap { t, v in
                t.isFinite && v.isFinite ? (ts.normalized(t), ys.normalized(v)) : nil
            }
        }
        // Points along the per-bin lines (percentile and counts), four per bin, in the same normalised space.
        let binX = (0..<built.binCount).map { ts.normalized(built.firstBinStartSeconds + (Double($0) + 0.5) * binSeconds) }
        func densified(_ ys: [Double?]) -> [(x: Double, y: Double)] {
            var out: [(x: Double, y: Double)] = []
            for i in ys.indices {
                guard let y = ys[i] else { continue }
                out.append((binX[i], y))
                guard i + 1 < ys.count, let next = ys[i + 1] else { continue }
                for k in 1..<4 {
                    let t = Double(k) / 4
                    out.append((binX[i] + t * (binX[i + 1] - binX[i]), y + t * (next - y)))
                }
            }
            return out
        }
        let lineVertices: [(x: Double, y: Double)] = series.indices.flatMap { g in
            densified(binX.indices.map { countFit.scale.normalized(Double(built.counts[g][$0])) })
                + densified(binX.indices.map { i in built.percentiles[g][i].map { ys.normalized($0) } })
        }
        // Legend cost: the area of the points and of the line pieces under the box (a line point stands
        // for a quarter of a bin's width of line).
        // Lines under a legend read badly: accept far less cover than the default sixth of the box.
        let arrangement = ChartArrangement(input, legends: [initLegend, countLegend], style: style, tolerance: 1.0 / 100) {
            frame, rect in
            let x0 = (rect.x - frame.plot.x) / frame.plot.width, x1 = (rect.maxX - frame.plot.x) / frame.plot.width
            let y0 = (frame.plot.maxY - rect.maxY) / frame.plot.height, y1 = (frame.plot.maxY - rect.y) / frame.plot.height
            var n = 0
            for points in normalized {
                for p in points where p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1 { n += 1 }
            }
            var vertices = 0
            for p in lineVertices where p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1 { vertices += 1 }
            let segment = frame.plot.width / Double(max(1, built.binCount)) / 4 * lineWidth * 2
            return Double(n) * .pi * radius * radius + Double(vertices) * segment
        }
        let frame = arrangement.frame
        var b = SceneBuilder()
        frame.drawBackground(into: &b)
        b.add(.pushClip(frame.plot))
        for (g, s) in series.enumerated() {
            let centers = normalized[g].map { frame.point($0.x, $0.y) }
            normalized[g] = []  // a million points: not held twice
            b.add(
                .markers(
                    MarkerBatch(centers: centers, radiusPixels: radius, fill: colors.color(for: s.group).withAlpha(pointAlpha))))
        }
        func binCenter(_ i: Int) -> Double { ts.normalized(built.firstBinStartSeconds + (Double(i) + 0.5) * binSeconds) }
        for (g, s) in series.enumerated() where built.binCount > 0 {
            let color = colors.color(for: s.group)
            b.polyline(
                (0..<built.binCount).map { i in frame.point(binCenter(i), countFit.scale.normalized(Double(built.counts[g][i])))
                },
                stroke: Stroke(color: color.withAlpha(0.6), widthPixels: lineWidth * 0.6, dash: dash))
            b.polyline(
                (0..<built.binCount).map { i in built.percentiles[g][i].map { frame.point(binCenter(i), ys.normalized($0)) } },
                stroke: Stroke(color: color, widthPixels: lineWidth))
        }
        drawMarkers(frame: frame, style: style, theme: theme, scale: ts, into: &b)
        b.add(.popClip)
        frame.drawAxes(into: &b)
        arrangement.drawLegends([initLegend, countLegend], style: style, into: &b)
        return Scene(canvas: canvas, background: theme.background, primitives: b.primitives)
    }

    /// The markers as dashed vertical lines, each labelled along its line from the top of the plot.
    private func drawMarkers(frame: ChartFrame, style: Style, theme: Theme, scale: NumericScale, into b: inout SceneBuilder) {
        let font = style.smallFont
        let stroke = Stroke(
            color: theme.mutedForeground, widthPixels: style.dataLineWidth,
            dash: Dash([style.dataLineWidth * 4, style.dataLineWidth * 3]))
        for m in markers where m.seconds.isFinite {
            let x = frame.point(scale.normalized(m.seconds), 0).x
            b.line(Point(x: x, y: frame.plot.y), Point(x: x, y: frame.plot.maxY), stroke: stroke)
            b.text(
                m.label, at: Point(x: x - style.gap / 4, y: frame.plot.y + style.gap / 2),
                font: style.fitting(m.label, font, width: frame.plot.height - style.gap), color: theme.mutedForeground, .end,
                .bottom, rotation: 90)
        }
    }
}
