/// A point in device pixels; x grows to the right, y grows downwards.
public struct Point: Hashable, Sendable {
    /// Horizontal position in device pixels.
    public var x: Double
    /// Vertical position in device pixels (0 is the top edge).
    public var y: Double

    /// Creates a point from device-pixel coordinates.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle in device pixels.
public struct Rect: Hashable, Sendable {
    /// Left edge in device pixels.
    public var x: Double
    /// Top edge in device pixels.
    public var y: Double
    /// Width in device pixels.
    public var width: Double
    /// Height in device pixels.
    public var height: Double

    /// Creates a rectangle from its top-left corner and size.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Right edge (`x + width`).
    public var maxX: Double { x + width }
    /// Bottom edge (`y + height`).
    public var maxY: Double { y + height }

    /// Whether `point` lies inside the rectangle (edges included).
    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x <= maxX && point.y >= y && point.y <= maxY
    }

    /// The area shared with `other`, 0 when they do not overlap.
    public func overlapArea(_ other: Rect) -> Double {
        let w = min(maxX, other.maxX) - max(x, other.x)
        let h = min(maxY, other.maxY) - max(y, other.y)
        return w > 0 && h > 0 ? w * h : 0
    }

    /// Whether the two rectangles share any area.
    public func intersects(_ other: Rect) -> Bool { overlapArea(other) > 0 }

    /// The rectangle shrunk by `d` pixels on every side.
    public func insetBy(_ d: Double) -> Rect {
        Rect(x: x + d, y: y + d, width: max(0, width - 2 * d), height: max(0, height - 2 * d))
    }
}
