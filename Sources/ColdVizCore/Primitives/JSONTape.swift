#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-pass index ("tape") of one JSON value: a flat list of tokens with byte offsets, no `String`s, no tree.
///
/// Accepts exactly what `JSONScanner.readValue()` accepts from the start of the same bytes (a UTF-8 byte order
/// mark and whitespace skipped, one value read, anything after it left unread, the same strict RFC 8259 rules and
/// nesting limit). Objects are laid out as the object token followed by key, value, key, value...; arrays as the
/// array token followed by the elements; a container token knows the index just past its last descendant, so a
/// lookup skips whole values. Read the result through ``JSONTapeValue`` inside ``withRoot(_:)``. Keep one tape and
/// call ``read(_:)`` for each message: its storage is reused.
struct JSONTape {
    /// What a token is.
    enum Kind: UInt8 {
        case object, array, string, number, `true`, `false`, null
    }

    /// One value or key. Strings span `start..<end` between their quotes.
    struct Token {
        var kind: Kind
        /// For strings: bit 0 set when it holds a backslash escape, bit 1 when it holds a byte >= 0x80.
        var stringFlags: UInt8 = 0
        var start: Int
        var end: Int
        /// Numbers: the `Double` bit pattern. Containers: the index of the token after the container
        /// (while open: the index of the enclosing open container, or -1).
        var payload: Int = 0
    }

    static let escapeFlag: UInt8 = 1
    static let nonASCIIFlag: UInt8 = 2

    var tokens: [Token] = []
    var bytes = UnsafeRawBufferPointer(start: nil, count: 0)
    /// After a successful read: the offset in `bytes` just past the value (trailing whitespace not consumed).
    private(set) var endOffset = 0
    /// Open containers around the value (a streaming `JSONScanner`'s), counted against the nesting limit.
    private var enclosingDepth = 0

    /// Indexes the value at the start of `bytes`; false when `JSONScanner.readValue()` would throw. `bytes` must
    /// stay alive while the tape is read. O(bytes read).
    mutating func read(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { offset = 3 }
        return read(bytes, at: offset, enclosingDepth: 0)
    }

    /// Indexes the value at `start` (after whitespace) of `bytes`; false when a `JSONScanner` at `start` with
    /// `enclosingDepth` open containers would throw from `readValue()`. Token offsets are offsets in `bytes`.
    /// O(bytes read).
    mutating func read(_ bytes: UnsafeRawBufferPointer, at start: Int, enclosingDepth: Int) -> Bool {
        self.bytes = bytes
        self.enclosingDepth = enclosingDepth
        tokens.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(min((bytes.count - start) / 4 + 16, 1 << 12))
        return readValue(from: start)
    }

    /// The root value of the last successful ``read(_:)``, valid only inside `body`.
    func withRoot<R>(_ body: (JSONTapeValue) -> R) -> R {
        tokens.withUnsafeBufferPointer { body(JSONTapeValue(tokens: $0, bytes: bytes, index: 0)) }
    }

    private mutating func readValue(from start: Int) -> Bool {
        let count = bytes.count
        var offset = start
        var open = -1
        var depth = 0
        parsing: while true {
            offset = skipWhitespace(offset)
            guard offset < count else { return false }
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                guard depth + enclosingDepth < JSONScanner.maximumDepth else { return false }
                let opener = offset
                offset = skipWhitespace(offset + 1)
                let kind: Kind = isObject ? .object : .array
                if offset < count, bytes[offset] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    offset += 1
                    tokens.append(Token(kind: kind, start: opener, end: offset, payload: tokens.count + 1))
                } else {
                    tokens.append(Token(kind: kind, start: opener, end: opener, payload: open))
                    open = tokens.count - 1
                    depth += 1
                    if isObject {
                        guard let next = readKeyAndColon(from: offset) else { return false }
                        offset = next
                    }
                    continue parsing
                }
            case UInt8(ascii: "\""):
                guard let next = readString(at: offset) else { return false }
                offset = next
            case UInt8(ascii: "t"):
                guard let next = readLiteral("true", .true, at: offset) else { return false }
                offset = next
            case UInt8(ascii: "f"):
                guard let next = readLiteral("false", .false, at: offset) else { return false }
                offset = next
            case UInt8(ascii: "n"):
                guard let next = readLiteral("null", .null, at: offset) else { return false }
                offset = next
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard case let .number(number, end) = JSONNumber.scan(bytes, from: offset) else { return false }
                tokens.append(
                    Token(kind: .number, start: offset, end: end, payload: Int(bitPattern: UInt(number.bitPattern))))
                offset = end
            default:
                return false
            }
            while open >= 0 {
                let closer = tokens[open].kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")
                offset = skipWhitespace(offset)
                guard offset < count else { return false }
                if bytes[offset] == UInt8(ascii: ",") {
                    offset = skipWhitespace(offset + 1)
                    if offset < count, bytes[offset] == closer { return false }
                    if closer == UInt8(ascii: "}") {
                        guard let next = readKeyAndColon(from: offset) else { return false }
                        offset = next
                    }
                    continue parsing
                }
                guard bytes[offset] == closer else { return false }
                offset += 1
                let parent = tokens[open].payload
                tokens[open].payload = tokens.count
                tokens[open].end = offset
                open = parent
                depth -= 1
            }
            endOffset = offset
            return true
        }
    }

    private func skipWhitespace(_ from: Int) -> Int {
        var offset = from
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return offset
            }
        }
        return offset
    }

    /// Reads `"key"` and the `:` after it; the offset after the colon, or nil.
    private mutating func readKeyAndColon(from start: Int) -> Int? {
        let offset = skipWhitespace(start)
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\""), let end = readString(at: offset) else {
            return nil
        }
        let colon = skipWhitespace(end)
        guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { return nil }
        return colon + 1
    }

    private mutating func readLiteral(_ word: StaticString, _ kind: Kind, at offset: Int) -> Int? {
        let length = word.utf8CodeUnitCount
        guard bytes.count - offset >= length, memcmp(bytes.baseAddress! + offset, word.utf8Start, length) == 0 else {
            return nil
        }
        tokens.append(Token(kind: kind, start: offset, end: offset + length))
        return offset + length
    }
}
