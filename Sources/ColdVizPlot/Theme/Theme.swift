/// Colours, font sizes (in points) and line widths (in points) shared by every chart.
public struct Theme: Hashable, Sendable {
    /// Canvas background.
    public var background: Color
    /// Plot-area background.
    public var panel: Color
    /// Titles, labels and tick labels.
    public var foreground: Color
    /// Secondary text (notes, n counts).
    public var mutedForeground: Color
    /// Axis lines and tick marks.
    public var axis: Color
    /// Major grid lines.
    public var grid: Color
    /// Legend box fill (drawn with ``legendAlpha``).
    public var legendBackground: Color
    /// Legend box outline.
    public var legendBorder: Color
    /// Opacity of the legend box fill.
    public var legendAlpha: Double
    /// Fill and hatch of cells with no data.
    public var missing: Color
    /// Colour used for a group's neutral elements (guide lines, overall counts).
    public var neutral: Color
    /// Title size in points.
    public var titlePoints: Double = 12
    /// Axis title size in points.
    public var labelPoints: Double = 10
    /// Tick label, legend and annotation size in points.
    public var tickPoints: Double = 9
    /// Axis and tick line width in points.
    public var axisLinePoints: Double = 0.8
    /// Data line width in points.
    public var dataLinePoints: Double = 1.5
    /// Tick mark length in points.
    public var tickLengthPoints: Double = 3.5
    /// Space between elements in points.
    public var gapPoints: Double = 4
    /// Outer margin in points.
    public var marginPoints: Double = 8
    /// Whether the dark palette variant is used (black in Okabe-Ito becomes grey).
    public var isDark: Bool

    /// Close to matplotlib's default look, with a light grid.
    public static let light = Theme(
        background: Color(hex: 0xFFFFFF), panel: Color(hex: 0xFFFFFF), foreground: Color(hex: 0x1A1A1A),
        mutedForeground: Color(hex: 0x555555), axis: Color(hex: 0x333333), grid: Color(hex: 0xE3E3E3),
        legendBackground: Color(hex: 0xFFFFFF), legendBorder: Color(hex: 0xCCCCCC), legendAlpha: 0.85,
        missing: Color(hex: 0xBBBBBB), neutral: Color(hex: 0x444444), isDark: false)

    /// Light text on a dark grey background, for dashboards.
    public static let dark = Theme(
        background: Color(hex: 0x1E1F22), panel: Color(hex: 0x26282C), foreground: Color(hex: 0xE8E8E8),
        mutedForeground: Color(hex: 0xA8A8A8), axis: Color(hex: 0x9A9A9A), grid: Color(hex: 0x3A3D42),
        legendBackground: Color(hex: 0x26282C), legendBorder: Color(hex: 0x55585E), legendAlpha: 0.9,
        missing: Color(hex: 0x55585E), neutral: Color(hex: 0xBBBBBB), isDark: true)
}
