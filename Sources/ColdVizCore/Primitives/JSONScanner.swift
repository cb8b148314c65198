/// Pull parser over UTF-8 JSON text holding zero or more top-level values one after another (concatenated
/// documents, JSON lines, blank-line separated, no separator at all: `{...}{...}`).
///
/// Strict RFC 8259 inside a value (no comments, no trailing commas, no raw control characters in strings), with
/// exact error positions. The scanner does not own its bytes: keep them alive (inside `InputBytes.withUnsafeBytes`)
/// while it is used. Nesting deeper than `maximumDepth` throws `nestingTooDeep`; parsing never recurses, so hostile
/// input cannot exhaust the stack.
struct JSONScanner {
    /// Deepest nesting of arrays and objects accepted, streamed containers included.
    static let maximumDepth = 512

    /// A container opened with `beginObject` or `beginArray` and not yet closed.
    struct OpenContainer {
        var isObject: Bool
        var hasMembers: Bool
    }

    let bytes: UnsafeRawBufferPointer
    /// Byte offset of the next unread byte.
    public internal(set) var offset: Int
    var openContainers: [OpenContainer] = []
    /// A line start whose 1-based line number is known: errors at or after it count lines from there, so
    /// that a file of many invalid documents is reported in linear, not quadratic, time.
    var knownLineStart: (offset: Int, line: Int) = (0, 1)

    /// A scanner reading `bytes` from `startOffset`; a UTF-8 byte order mark at `startOffset` is skipped.
    /// `knownLine`, when given, is the line number of `startOffset`, which starts a line.
    init(_ bytes: UnsafeRawBufferPointer, startOffset: Int = 0, knownLine: Int? = nil) {
        self.bytes = bytes
        if let knownLine, startOffset > 0, startOffset <= bytes.count { knownLineStart = (startOffset, knownLine) }
        offset = min(max(startOffset, 0), bytes.count)
        if bytes.count - offset >= 3, bytes[offset] == 0xEF, bytes[offset + 1] == 0xBB, bytes[offset + 2] == 0xBF {
            offset += 3
        }
    }

    /// Moves to `offset` (for example a `nextDocumentStart`) and forgets any streamed containers.
    mutating func seek(to offset: Int) {
        self.offset = min(max(offset, 0), bytes.count)
        openContainers.removeAll()
    }

    /// Skips JSON whitespace (space, tab, line feed, carriage return).
    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    /// True when only whitespace is left.
    var isAtEnd: Bool {
        mutating get {
            skipWhitespace()
            return offset >= bytes.count
        }
    }

    /// The next byte after skipping whitespace, not consumed; nil at the end.
    mutating func peekByte() -> UInt8? {
        skipWhitespace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    /// After an error: the offset of the next line starting after `offset` whose first byte is `{` or `[`
    /// (where a new document probably starts), or nil. O(distance scanned).
    func nextDocumentStart(after offset: Int) -> Int? {
        var index = max(offset, 0)
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "{") || bytes[index + 1] == UInt8(ascii: "[")
            {
                return index + 1
            }
            index += 1
        }
        return nil
    }

    /// 1-based line (counting `\n`) and 1-based byte column of `offset`. O(offset): call it only for errors.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        let base = knownLineStart
        guard base.offset > 0, offset >= base.offset else { return TextPosition.lineAndColumn(in: bytes, of: offset) }
        let (line, column) = TextPosition.lineAndColumn(in: bytes.slice(base.offset..<bytes.count), of: offset - base.offset)
        return (line + base.line - 1, column)
    }

    /// An `invalidJSON` error at `offset` with its line and column.
    func failure(_ reason: String, at offset: Int) -> IngestPrimitiveError {
        let position = lineAndColumn(of: offset)
        return .invalidJSON(offset: offset, line: position.line, column: position.column, reason: reason)
    }

    /// How the byte at `offset` reads in an error reason.
    func found(at offset: Int) -> String {
        "found " + TextPosition.describeByte(in: bytes, at: offset)
    }
}
