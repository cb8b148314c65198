/// Every error of the Cairo backend, with messages a person can act on.
public enum ColdVizCairoError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Cairo reported a failure status while drawing or encoding.
    case cairo(stage: String, status: String)
    /// The canvas size cannot be drawn.
    case invalidCanvas(width: Double, height: Double, dpi: Double)
    /// Writing the output file failed.
    case write(path: String, cause: String)
    /// A PNG could not be decoded.
    case decode(cause: String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .cairo(let stage, let status):
            return "while \(stage): Cairo failed with \"\(status)\"."
        case .invalidCanvas(let w, let h, let dpi):
            return "the canvas must be between 1 and 32,767 pixels wide and high with a dpi above 0, not \(w)x\(h) at \(dpi) dpi."
        case .write(let path, let cause):
            return "while writing \(path): \(cause)"
        case .decode(let cause):
            return "while decoding a PNG: \(cause)"
        }
    }
}
