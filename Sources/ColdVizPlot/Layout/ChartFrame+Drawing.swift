import Foundation

extension ChartFrame {
    /// Panel fill and grid lines, drawn before the data.
    func drawBackground(into b: inout SceneBuilder) {
        b.rect(plot, fill: style.theme.panel)
        let grid = style.gridStroke
        if input.x.grid {
            for mark in input.x.marks where mark.position >= 0 && mark.position <= 1 {
                b.line(point(mark.position, 0), point(mark.position, 1), stroke: grid)
            }
        }
        if input.y.grid {
            for mark in input.y.marks where mark.position >= 0 && mark.position <= 1 {
                b.line(point(0, mark.position), point(1, mark.position), stroke: grid)
            }
        }
    }

    /// Frame, tick marks, tick labels, axis titles, chart title and notes, drawn after the data.
    func drawAxes(into b: inout SceneBuilder) {
        let theme = style.theme
        let axis = style.axisStroke
        let tl = style.tickLength
        let g = style.gap
        let font = style.tickFont
        let color = theme.foreground
        b.rect(plot, fill: nil, stroke: axis)
        let lineH = style.measure("Ag", font).height

        // x axis
        var minorStroke = axis
        minorStroke.widthPixels *= 0.6
        for t in input.x.minor where t >= 0 && t <= 1 {
            b.line(point(t, 0), Point(x: x(t), y: plot.maxY + tl * 0.6), stroke: minorStroke)
        }
        for (i, mark) in input.x.marks.enumerated() where mark.position >= -1e-9 && mark.position <= 1 + 1e-9 {
            let px = x(mark.position)
            if input.x.tickMarks { b.line(Point(x: px, y: plot.maxY), Point(x: px, y: plot.maxY + tl), stroke: axis) }
            guard i % xStride == 0 else { continue }
            let labelTop = plot.maxY + tl + g
            if xRotated {
                // Lines stack along the rotated "down" direction, centred on the tick.
                let rad = ChartFrame.rotationDegrees * .pi / 180
                let down = (x: sin(rad) * lineH, y: cos(rad) * lineH)
                let shift = Double(mark.lines.count - 1) / 2
                for (k, line) in mark.lines.enumerated() {
                    let o = Double(k) - shift
                    b.text(
                        line, at: Point(x: px + o * down.x, y: labelTop + o * down.y), font: font,
                        color: k == 0 ? color : theme.mutedForeground, .end, .middle, rotation: ChartFrame.rotationDegrees)
                }
            } else {
                for (k, line) in mark.lines.enumerated() {
                    b.text(
                        line, at: Point(x: px, y: labelTop + Double(k) * lineH), font: font,
                        color: k == 0 ? color : theme.mutedForeground, .middle, .top)
                }
            }
        }
        // y axis (left)
        for t in input.y.minor where t >= 0 && t <= 1 {
            b.line(point(0, t), Point(x: plot.x - tl * 0.6, y: y(t)), stroke: minorStroke)
        }
        for (i, mark) in input.y.marks.enumerated() where mark.position >= -1e-9 && mark.position <= 1 + 1e-9 {
            let py = y(mark.position)
            if input.y.tickMarks { b.line(Point(x: plot.x - tl, y: py), Point(x: plot.x, y: py), stroke: axis) }
            guard i % yStride == 0 else { continue }
            b.text(
                mark.lines.joined(separator: " "), at: Point(x: plot.x - tl - g, y: py), font: font, color: color, .end, .middle)
        }
        let labelFont = style.labelFont
        if !input.y.title.isEmpty {
            b.text(
                input.y.title, at: Point(x: style.margin, y: plot.y + plot.height / 2), font: labelFont, color: color,
                .middle, .top, rotation: 90)
        }
        // y axis (right)
        if let r = input.yRight {
            var widest = 0.0
            for mark in r.marks where mark.position >= -1e-9 && mark.position <= 1 + 1e-9 {
                let py = y(mark.position)
                b.line(Point(x: plot.maxX, y: py), Point(x: plot.maxX + tl, y: py), stroke: axis)
                let s = mark.lines.joined(separator: " ")
                widest = max(widest, style.measure(s, font).width)
                b.text(s, at: Point(x: plot.maxX + tl + g, y: py), font: font, color: color, .start, .middle)
            }
            if !r.title.isEmpty {
                b.text(
                    r.title, at: Point(x: plot.maxX + tl + g + widest + g, y: plot.y + plot.height / 2),
                    font: labelFont, color: color, .middle, .top, rotation: 90)
            }
        }
        // titles and notes
        let bottom = style.canvas.heightPixels - style.margin - input.bottomReserve
        let smallH = style.measure("Ag", style.smallFont).height
        var noteY = bottom - Double(input.notes.count) * smallH
        if !input.x.title.isEmpty {
            let w = style.measure(input.x.title, labelFont).width
            let cx = min(max(plot.x + plot.width / 2, style.margin + w / 2), style.canvas.widthPixels - style.margin - w / 2)
            b.text(input.x.title, at: Point(x: cx, y: noteY), font: labelFont, color: color, .middle, .bottom)
        }
        for note in input.notes {
            let noteFont = style.fitting(note, style.smallFont, width: style.canvas.widthPixels - 2 * style.margin)
            b.text(note, at: Point(x: style.margin, y: noteY), font: noteFont, color: theme.mutedForeground, .start, .top)
            noteY += smallH
        }
        if !input.title.isEmpty {
            // Centred over the plot, shifted to stay inside the canvas.
            let w = style.measure(input.title, titleFont).width
            let titleX = min(max(plot.x + plot.width / 2, style.margin + w / 2), style.canvas.widthPixels - style.margin - w / 2)
            b.text(
                input.title, at: Point(x: titleX, y: style.margin), font: titleFont, color: color,
                .middle, .top)
        }
    }
}
