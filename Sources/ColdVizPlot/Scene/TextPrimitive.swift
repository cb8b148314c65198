/// A font request: the family comes from the backend ("DejaVu Sans"), only size and weight vary.
public struct Font: Hashable, Sendable {
    /// Em size in device pixels (points × dpi / 72).
    public var sizePixels: Double
    /// Whether the bold face is used.
    public var bold: Bool

    /// Creates a font request.
    public init(sizePixels: Double, bold: Bool = false) {
        self.sizePixels = sizePixels
        self.bold = bold
    }
}

/// Horizontal alignment of text relative to its anchor point.
public enum HorizontalAnchor: String, Hashable, Sendable {
    /// The text starts at the anchor.
    case start
    /// The text is centred on the anchor.
    case middle
    /// The text ends at the anchor.
    case end
}

/// Vertical alignment of text relative to its anchor point.
public enum VerticalAnchor: String, Hashable, Sendable {
    /// The top of the font's ascent is at the anchor.
    case top
    /// The middle between ascent and descent is at the anchor.
    case middle
    /// The baseline is at the anchor.
    case baseline
    /// The bottom of the font's descent is at the anchor.
    case bottom
}

/// One line of text, anchored at a point and optionally rotated about it.
public struct TextPrimitive: Hashable, Sendable {
    /// The text (single line).
    public var string: String
    /// The anchor point in device pixels.
    public var position: Point
    /// Font size and weight.
    public var font: Font
    /// Text colour.
    public var color: Color
    /// Horizontal alignment to the anchor.
    public var horizontal: HorizontalAnchor
    /// Vertical alignment to the anchor.
    public var vertical: VerticalAnchor
    /// Counter-clockwise rotation about the anchor, in degrees (90 reads bottom to top).
    public var rotationDegrees: Double

    /// Creates a text primitive.
    public init(
        _ string: String, at position: Point, font: Font, color: Color,
        horizontal: HorizontalAnchor = .start, vertical: VerticalAnchor = .baseline,
        rotationDegrees: Double = 0
    ) {
        self.string = string
        self.position = position
        self.font = font
        self.color = color
        self.horizontal = horizontal
        self.vertical = vertical
        self.rotationDegrees = rotationDegrees
    }
}
