/// A chart laid out for one canvas: a flat, ordered list of primitives in device pixels.
///
/// A scene is plain data (like Vega's scenegraph): it can be serialised, compared in tests,
/// and drawn by any backend. It holds no fonts, files or Cairo state.
public struct Scene: Hashable, Sendable {
    /// The canvas the scene was laid out for.
    public var canvas: Canvas
    /// Background colour painted over the whole canvas before the primitives.
    public var background: Color
    /// Primitives in drawing order.
    public var primitives: [Primitive]

    /// Creates a scene.
    public init(canvas: Canvas, background: Color, primitives: [Primitive] = []) {
        self.canvas = canvas
        self.background = background
        self.primitives = primitives
    }
}

/// The output size: pixels for raster output and a resolution that turns points into pixels.
public struct Canvas: Hashable, Sendable {
    /// Width in device pixels.
    public var widthPixels: Double
    /// Height in device pixels.
    public var heightPixels: Double
    /// Dots per inch; a point is `dpi / 72` pixels.
    public var dpi: Double

    /// Creates a canvas; the default is the study's 1280 × 720 at 150 dpi.
    public init(widthPixels: Double = 1280, heightPixels: Double = 720, dpi: Double = 150) {
        self.widthPixels = widthPixels
        self.heightPixels = heightPixels
        self.dpi = dpi
    }

    /// Converts a length in points (1/72 inch) to device pixels.
    public func pixels(points: Double) -> Double { points * dpi / 72 }

    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: widthPixels, height: heightPixels) }
}
