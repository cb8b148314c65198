extension ImportTreeChart {
    /// Lays out the icicle over an x axis in ms. Boxes narrower than ``minimumCellPoints`` are
    /// drawn that wide; labels ("numpy 97 ms", then shorter forms, then elided with "…") are
    /// drawn only where they fit, in black or white by the box's luminance. Text is measured only
    /// for boxes wide enough for a label. O(n log n) for n nodes.
    public func scene(canvas: Canvas, theme: Theme, measurer: any TextMeasuring) -> Scene {
        let style = Style(theme: theme, canvas: canvas, measurer: measurer)
        let built = build()
        let rows = max(built.depthCount, 1)
        let estimate = style.estimatedPlotSize
        let xFit = NumericScale.fit(
            lower: 0, upper: built.totalMilliseconds > 0 ? built.totalMilliseconds : 1,
            targetTickCount: style.targetTicks(lengthPixels: estimate.width, horizontal: true), padding: 0, includeZero: true)
        let yMarks = (0..<rows).map { AxisGuide.Mark(position: 1 - (Double($0) + 0.5) / Double(rows), lines: [String($0 + 1)]) }
        let minimumWidth = style.px(ImportTreeChart.minimumCellPoints)
        var notes = ["Width: cumulative time; colour: top-level package; the gap right of a box's children is its self time"]
        if built.scaledParentCount > 0 {
            notes.append(
                "\(built.scaledParentCount) box(es) whose children add up to more than their own time: children scaled to fit")
        }
        if built.hiddenNodeCount > 0 {
            notes.append("\(built.hiddenNodeCount) module(s) deeper than \(maxDepth) levels not shown")
        }
        var input = ChartFrame.Input(
            title: title, x: AxisGuide(title: xTitle, fit: xFit, grid: false),
            y: AxisGuide(title: "Import depth", marks: yMarks, grid: false, tickMarks: false), notes: notes)
        func rects(_ frame: ChartFrame) -> [Rect] {
            let rowH = frame.plot.height / Double(rows)
            return built.cells.map { c in
                let x0 = frame.x(xFit.scale.normalized(c.startMilliseconds))
                let x1 = frame.x(xFit.scale.normalized(c.startMilliseconds + c.widthMilliseconds))
                return Rect(x: x0, y: frame.plot.y + rowH * Double(c.depth), width: max(minimumWidth, x1 - x0), height: rowH)
            }
        }
        var frame = ChartFrame(input, style: style)
        if rects(frame).contains(where: { $0.width <= minimumWidth }) {
            input.notes.append(
                "Modules narrower than \(NumberLabels.label(ImportTreeChart.minimumCellPoints, decimals: 0)) pt are drawn that wide"
            )
            frame = ChartFrame(input, style: style)
        }
        var b = SceneBuilder()
        frame.drawBackground(into: &b)
        let colors = packageColors(built, dark: theme.isDark)
        let boxes = rects(frame)
        let separator = Stroke(color: theme.panel, widthPixels: style.px(0.6))
        let rowH = frame.plot.height / Double(rows)
        let font = style.smallFont
        let labelFont =
            style.measure("Ag", font).height * 1.15 <= rowH
            ? font
            : Font(sizePixels: max(font.sizePixels * 0.6, font.sizePixels * rowH / (style.measure("Ag", font).height * 1.15)))
        let showLabels = style.measure("Ag", labelFont).height <= rowH
        let shortest = style.measure("ab…", labelFont).width + style.gap
        b.add(.pushClip(frame.plot))
        for (i, c) in built.cells.enumerated() {
            let r = boxes[i]
            let base = colors[c.package] ?? (theme.isDark ? Color(hex: 0x8A8A8A) : Color(hex: 0xAAAAAA))
            let rootDepth = packageRootDepth(built, i)
            let fill = base.mixed(
                with: theme.isDark ? Color(hex: 0x000000) : Color(hex: 0xFFFFFF),
                fraction: min(0.45, 0.12 * Double(c.depth - rootDepth)))
            b.rect(r, fill: fill, stroke: r.width > style.px(3) ? separator : nil)
            guard showLabels, r.width >= shortest else { continue }
            guard let text = label(for: c, width: r.width - style.gap, font: labelFont, style: style) else { continue }
            let ink = fill.readableInk
            b.text(text, at: Point(x: r.x + style.gap / 2, y: r.y + r.height / 2), font: labelFont, color: ink, .start, .middle)
        }
        b.add(.popClip)
        if built.cells.isEmpty {
            b.text(
                "no import timings", at: Point(x: frame.plot.x + frame.plot.width / 2, y: frame.plot.y + frame.plot.height / 2),
                font: style.tickFont, color: theme.mutedForeground, .middle, .middle)
        }
        frame.drawAxes(into: &b)
        return Scene(canvas: canvas, background: theme.background, primitives: b.primitives)
    }

    /// The smallest width, in points, a box is drawn with.
    public static let minimumCellPoints = 1.0

    /// The first of "numpy.core 97 ms", "core 97 ms", "numpy.core", "core", "co…" that fits in
    /// `width`, or `nil`. At most O(log length) measurements for the elided form.
    func label(for cell: Cell, width: Double, font: Font, style: Style) -> String? {
        let last = cell.name.split(separator: ".").last.map(String.init) ?? cell.name
        let value = PhasesChart.durationLabel(cell.cumulativeMilliseconds) + " ms"
        var candidates = [cell.name + " " + value]
        if last != cell.name { candidates.append(last + " " + value) }
        candidates.append(cell.name)
        if last != cell.name { candidates.append(last) }
        for s in candidates where style.measure(s, font).width <= width { return s }
        let chars = Array(last)
        var lo = 0, hi = chars.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if style.measure(String(chars[0..<mid]) + "…", font).width <= width { lo = mid } else { hi = mid - 1 }
        }
        return lo >= 2 ? String(chars[0..<lo]) + "…" : nil
    }

    /// Depth of the box where the package of cell `i` starts along its ancestry (its own depth
    /// when its parent belongs to another package).
    func packageRootDepth(_ built: Built, _ i: Int) -> Int {
        var j = i
        while let p = built.cells[j].parent, built.cells[p].package == built.cells[i].package { j = p }
        return built.cells[j].depth
    }

    /// Palette colours for the packages with the most time (summed over the boxes where the
    /// package starts), grey for the rest. O(n log n).
    func packageColors(_ built: Built, dark: Bool) -> [String: Color] {
        var time: [String: Double] = [:]
        for c in built.cells where c.parent.map({ built.cells[$0].package != c.package }) ?? true {
            time[c.package, default: 0] += c.widthMilliseconds
        }
        let ranked = time.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        var out: [String: Color] = [:]
        for (i, p) in ranked.prefix(ImportTreeChart.packagePalette.count).enumerated() {
            out[p] = ImportTreeChart.packagePalette[i]
        }
        return out
    }
}
