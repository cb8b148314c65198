@testable import ColdVizPlot

/// A stable, line-oriented text form of a scene for snapshot tests and debugging.
extension Scene {
    /// One line per primitive, coordinates rounded to 0.1 px, colours as hex.
    ///
    /// Marker batches list every centre. O(number of path elements and markers).
    func serialized() -> String {
        var lines: [String] = []
        lines.append(
            "scene \(fmt(canvas.widthPixels))x\(fmt(canvas.heightPixels)) dpi=\(fmt(canvas.dpi)) bg=\(background.hexString)"
        )
        for primitive in primitives {
            switch primitive {
            case .path(let p):
                var s = "path"
                if let fill = p.fill { s += " fill=\(fill.hexString)" }
                if let st = p.stroke { s += " stroke=" + describe(st) }
                if let h = p.hatch { s += " hatch=" + describe(h) }
                s += " " + p.elements.map(describe).joined(separator: " ")
                lines.append(s)
            case .text(let t):
                var s = "text \"\(t.string)\" at=\(describe(t.position)) size=\(fmt(t.font.sizePixels))"
                if t.font.bold { s += " bold" }
                s += " color=\(t.color.hexString) anchor=\(t.horizontal.rawValue)/\(t.vertical.rawValue)"
                if t.rotationDegrees != 0 { s += " rot=\(fmt(t.rotationDegrees))" }
                lines.append(s)
            case .markers(let m):
                var s = "markers n=\(m.centers.count) r=\(fmt(m.radiusPixels)) fill=\(m.fill.hexString)"
                if let st = m.stroke { s += " stroke=" + describe(st) }
                s += " " + m.centers.map(describe).joined(separator: " ")
                lines.append(s)
            case .pushClip(let r):
                lines.append("clip \(describe(r))")
            case .popClip:
                lines.append("unclip")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ s: Stroke) -> String {
        var d = "\(s.color.hexString)/\(fmt(s.widthPixels))"
        if let dash = s.dash { d += "/dash:" + dash.lengths.map(fmt).joined(separator: ",") }
        return d
    }

    private func describe(_ e: PathElement) -> String {
        switch e {
        case .move(let p): return "M" + describe(p)
        case .line(let p): return "L" + describe(p)
        case .close: return "Z"
        }
    }

    private func describe(_ p: Point) -> String { "\(fmt(p.x)),\(fmt(p.y))" }

    private func describe(_ r: Rect) -> String {
        "\(fmt(r.x)),\(fmt(r.y)) \(fmt(r.width))x\(fmt(r.height))"
    }

    private func fmt(_ v: Double) -> String {
        let tenths = (v * 10).rounded()
        if tenths == 0 { return "0" }
        let i = Int(tenths)
        let sign = i < 0 ? "-" : ""
        let a = abs(i)
        return a % 10 == 0 ? "\(sign)\(a / 10)" : "\(sign)\(a / 10).\(a % 10)"
    }
}
