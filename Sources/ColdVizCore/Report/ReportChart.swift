/// One chart of a report: the scene `plot` draws, as SVG, with a caption.
public struct ReportChart: Sendable {
    /// The chart kind (`distribution`, `timeline`, ...).
    public var kind: String
    /// Unique within the page; the figure's fragment id (`distribution-by-method`).
    public var name: String
    /// The chart's own title.
    public var title: String
    /// What the chart shows and the n behind it, one or two sentences.
    public var caption: String
    /// The chart drawn with the light theme, as Cairo's SVG document.
    public var lightSVG: String
    /// The same chart with the dark theme, shown when the reader prefers dark; nil: the light one always.
    public var darkSVG: String?

    /// Creates a chart entry.
    public init(kind: String, name: String, title: String, caption: String, lightSVG: String, darkSVG: String? = nil) {
        self.kind = kind
        self.name = name
        self.title = title
        self.caption = caption
        self.lightSVG = lightSVG
        self.darkSVG = darkSVG
    }
}
