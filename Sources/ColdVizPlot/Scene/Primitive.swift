/// One drawing instruction of a ``Scene``, in device pixels.
///
/// Primitives are drawn in order; a `pushClip` limits every primitive until the matching `popClip`.
public enum Primitive: Hashable, Sendable {
    /// A filled and/or stroked path.
    case path(PathPrimitive)
    /// One line of text.
    case text(TextPrimitive)
    /// Many identical markers (circles) at different positions, drawn as one batch.
    case markers(MarkerBatch)
    /// Restricts drawing to `Rect` until the matching `popClip`.
    case pushClip(Rect)
    /// Ends the innermost `pushClip`.
    case popClip
}

/// One segment instruction of a path.
public enum PathElement: Hashable, Sendable {
    /// Starts a new sub-path at the point.
    case move(Point)
    /// Draws a straight line to the point.
    case line(Point)
    /// Closes the current sub-path.
    case close
}

/// A dash pattern: alternating on/off lengths in device pixels.
public struct Dash: Hashable, Sendable {
    /// On/off lengths in device pixels.
    public var lengths: [Double]

    /// Creates a dash pattern from on/off lengths in device pixels.
    public init(_ lengths: [Double]) { self.lengths = lengths }
}

/// How a path outline is drawn.
public struct Stroke: Hashable, Sendable {
    /// Line colour (its alpha multiplies with the primitive's alpha).
    public var color: Color
    /// Line width in device pixels.
    public var widthPixels: Double
    /// Optional dash pattern; `nil` draws a solid line.
    public var dash: Dash?

    /// Creates a stroke style.
    public init(color: Color, widthPixels: Double, dash: Dash? = nil) {
        self.color = color
        self.widthPixels = widthPixels
        self.dash = dash
    }
}

/// A path with an optional fill and an optional stroke.
public struct PathPrimitive: Hashable, Sendable {
    /// The outline.
    public var elements: [PathElement]
    /// Fill colour, or `nil` for no fill.
    public var fill: Color?
    /// Outline style, or `nil` for no outline.
    public var stroke: Stroke?
    /// Hatch lines drawn inside the filled area (e.g. missing heatmap cells), or `nil`.
    public var hatch: Stroke?

    /// Creates a path primitive.
    public init(elements: [PathElement], fill: Color? = nil, stroke: Stroke? = nil, hatch: Stroke? = nil) {
        self.elements = elements
        self.fill = fill
        self.stroke = stroke
        self.hatch = hatch
    }
}

/// A batch of circular markers sharing one style.
public struct MarkerBatch: Hashable, Sendable {
    /// Marker centres in device pixels.
    public var centers: [Point]
    /// Marker radius in device pixels.
    public var radiusPixels: Double
    /// Fill colour including its alpha.
    public var fill: Color
    /// Optional outline.
    public var stroke: Stroke?

    /// Creates a marker batch.
    public init(centers: [Point], radiusPixels: Double, fill: Color, stroke: Stroke? = nil) {
        self.centers = centers
        self.radiusPixels = radiusPixels
        self.fill = fill
        self.stroke = stroke
    }
}
