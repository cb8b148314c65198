/// The file formats the Cairo backend writes.
public enum OutputFormat: String, CaseIterable, Hashable, Sendable {
    /// Raster image from a Cairo image surface (ARGB32), size in device pixels.
    case png
    /// Vector image from a Cairo SVG surface, size in points (pixels × 72 / dpi).
    case svg
    /// Vector document from a Cairo PDF surface, one page, size in points.
    case pdf
}
