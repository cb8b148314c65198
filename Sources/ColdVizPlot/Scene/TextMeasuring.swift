/// The extent of one line of text, in device pixels.
public struct TextExtent: Hashable, Sendable {
    /// Advance width of the text.
    public var width: Double
    /// Font ascent above the baseline (positive).
    public var ascent: Double
    /// Font descent below the baseline (positive).
    public var descent: Double

    /// Creates a text extent.
    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    /// Line height: ascent plus descent.
    public var height: Double { ascent + descent }
}

/// Measures text for layout. The Cairo backend measures with real fonts; tests use a fake.
///
/// Layout calls this for titles, tick labels and legend entries only, never once per data point.
public protocol TextMeasuring {
    /// The extent of `text` set in `font`.
    func measure(_ text: String, font: Font) -> TextExtent
}
