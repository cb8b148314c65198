/// Appends primitives to a scene with small helpers for the shapes charts use.
struct SceneBuilder {
    var primitives: [Primitive] = []

    mutating func add(_ p: Primitive) { primitives.append(p) }

    mutating func rect(_ r: Rect, fill: Color?, stroke: Stroke? = nil, hatch: Stroke? = nil) {
        let e: [PathElement] = [
            .move(Point(x: r.x, y: r.y)), .line(Point(x: r.maxX, y: r.y)),
            .line(Point(x: r.maxX, y: r.maxY)), .line(Point(x: r.x, y: r.maxY)), .close,
        ]
        add(.path(PathPrimitive(elements: e, fill: fill, stroke: stroke, hatch: hatch)))
    }

    mutating func line(_ a: Point, _ b: Point, stroke: Stroke) {
        add(.path(PathPrimitive(elements: [.move(a), .line(b)], stroke: stroke)))
    }

    /// A polyline; a `nil` point breaks the line into separate runs.
    mutating func polyline(_ points: [Point?], stroke: Stroke) {
        var e: [PathElement] = []
        var pen = false
        for p in points {
            guard let p else { pen = false; continue }
            e.append(pen ? .line(p) : .move(p))
            pen = true
        }
        if !e.isEmpty { add(.path(PathPrimitive(elements: e, stroke: stroke))) }
    }

    mutating func text(
        _ s: String, at p: Point, font: Font, color: Color,
        _ h: HorizontalAnchor = .start, _ v: VerticalAnchor = .baseline, rotation: Double = 0
    ) {
        add(.text(TextPrimitive(s, at: p, font: font, color: color, horizontal: h, vertical: v, rotationDegrees: rotation)))
    }
}
