import ColdVizPlot

/// A deterministic measurer for layout tests: every character is 0.6 em wide,
/// ascent 0.8 em, descent 0.2 em.
struct FakeTextMeasurer: TextMeasuring {
    func measure(_ text: String, font: Font) -> TextExtent {
        TextExtent(
            width: Double(text.count) * 0.6 * font.sizePixels, ascent: 0.8 * font.sizePixels, descent: 0.2 * font.sizePixels)
    }
}
