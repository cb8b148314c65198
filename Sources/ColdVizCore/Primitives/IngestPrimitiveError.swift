/// Everything that can go wrong in the ingest primitives (mapping, inflating, JSON and Python literal parsing).
///
/// Offsets are byte offsets into the buffer that was being read (the compressed buffer for the compression cases);
/// lines and columns are 1-based, columns counted in bytes. Readers add the file name and the stage.
public enum IngestPrimitiveError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened, inspected, read or mapped; `reason` is the operating system's text for errno.
    case cannotOpen(path: String, reason: String)
    /// The compressed stream is not valid deflate/gzip/zlib data at `offset` (compressed bytes).
    case corruptCompressedData(offset: Int, reason: String)
    /// The compressed stream ends before its end marker; `offset` is the length of the compressed input.
    case truncatedCompressedData(offset: Int)
    /// The JSON text is not RFC 8259 JSON at `offset`; `reason` says what was expected.
    case invalidJSON(offset: Int, line: Int, column: Int, reason: String)
    /// The text is not a Python literal (repr) at `offset`; `reason` says what was expected.
    case invalidPythonLiteral(offset: Int, line: Int, column: Int, reason: String)
    /// Arrays and objects are nested deeper than the parser allows (hostile or broken input).
    case nestingTooDeep(offset: Int)

    /// A sentence a person can act on, without the file name (the caller adds it).
    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "cannot open \(path): \(reason)"
        case let .corruptCompressedData(offset, reason):
            return "corrupt compressed data at compressed byte \(offset): \(reason)"
        case let .truncatedCompressedData(offset):
            return "compressed data ends early after \(offset) bytes (truncated file or download)"
        case let .invalidJSON(offset, line, column, reason):
            return "invalid JSON at line \(line), column \(column) (byte \(offset)): \(reason)"
        case let .invalidPythonLiteral(offset, line, column, reason):
            return "invalid Python literal at line \(line), column \(column) (byte \(offset)): \(reason)"
        case let .nestingTooDeep(offset):
            return "arrays and objects nested more than \(JSONScanner.maximumDepth) levels deep at byte \(offset)"
        }
    }
}
