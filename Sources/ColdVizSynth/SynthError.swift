/// Every error `coldviz synth` can report, with its message in one place.
public enum SynthError: Error, CustomStringConvertible, Equatable {
    case cannotCreateDirectory(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case compressionFailed(path: String, code: Int32)
    case invalidOption(String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .cannotCreateDirectory(let path, let reason):
            "cannot create the directory \(path): \(reason)"
        case .cannotWrite(let path, let reason):
            "while writing synthetic logs to \(path): \(reason)"
        case .compressionFailed(let path, let code):
            "while compressing \(path): zlib deflate failed with code \(code)"
        case .invalidOption(let message):
            message
        }
    }
}
