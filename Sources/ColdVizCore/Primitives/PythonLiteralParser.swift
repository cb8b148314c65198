/// The state of one `PythonLiteral.parse` call: an iterative parser with an explicit stack of open containers.
struct PythonLiteralParser {
    /// An open list, tuple, dict or set.
    private struct Frame {
        enum Kind { case list, tuple, brace, dict, set }
        var kind: Kind
        var elements: [JSONValue] = []
        var members: [(key: String, value: JSONValue)] = []
        var pendingKey: String?
        var sawComma = false

        var closer: UInt8 {
            switch kind {
            case .list: UInt8(ascii: "]")
            case .tuple: UInt8(ascii: ")")
            case .brace, .dict, .set: UInt8(ascii: "}")
            }
        }
    }

    let bytes: UnsafeRawBufferPointer
    var offset: Int

    init(bytes: UnsafeRawBufferPointer, offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Parses one complete literal.
    mutating func parseValue() throws(IngestPrimitiveError) -> JSONValue {
        var stack: [Frame] = []
        var value = JSONValue.null
        parsing: while true {
            skipSpace()
            guard offset < bytes.count else { throw failure("unexpected end of input, expected a value", at: offset) }
            let byte = bytes[offset]
            if let kind = Self.containerKind(opening: byte) {
                guard stack.count < JSONScanner.maximumDepth else { throw .nestingTooDeep(offset: offset) }
                offset += 1
                var frame = Frame(kind: kind)
                skipSpace()
                if offset < bytes.count, bytes[offset] == frame.closer {
                    offset += 1
                    frame.kind = kind == .brace ? .dict : kind
                    value = close(frame)
                } else {
                    stack.append(frame)
                    continue parsing
                }
            } else {
                value = try parseScalar()
            }
            while let top = stack.indices.last {
                skipSpace()
                let next: UInt8? = offset < bytes.count ? bytes[offset] : nil
                switch stack[top].kind {
                case .brace where next == UInt8(ascii: ":"), .dict where stack[top].pendingKey == nil:
                    stack[top].kind = .dict
                    guard next == UInt8(ascii: ":") else {
                        throw failure("expected ':' after dict key, \(found(at: offset))", at: offset)
                    }
                    stack[top].pendingKey = try keyText(value, at: offset)
                    offset += 1
                    continue parsing
                case .dict:
                    stack[top].members.append((stack[top].pendingKey ?? "", value))
                    stack[top].pendingKey = nil
                case .brace:
                    stack[top].kind = .set
                    stack[top].elements.append(value)
                default:
                    stack[top].elements.append(value)
                }
                let closer = stack[top].closer
                if next == UInt8(ascii: ",") {
                    offset += 1
                    stack[top].sawComma = true
                    skipSpace()
                    guard offset < bytes.count, bytes[offset] == closer else { continue parsing }
                } else if next != closer {
                    let name = Character(Unicode.Scalar(closer))
                    throw failure("expected ',' or '\(name)' after element, \(found(at: offset))", at: offset)
                }
                offset += 1
                value = close(stack.removeLast())
            }
            return value
        }
    }

    /// The container a byte opens, if any.
    private static func containerKind(opening byte: UInt8) -> Frame.Kind? {
        switch byte {
        case UInt8(ascii: "["): .list
        case UInt8(ascii: "("): .tuple
        case UInt8(ascii: "{"): .brace
        default: nil
        }
    }

    /// The value of a finished container; `(x)` without a comma is just `x`.
    private func close(_ frame: Frame) -> JSONValue {
        switch frame.kind {
        case .dict, .brace:
            return .object(JSONObject(members: frame.members))
        case .tuple where frame.elements.count == 1 && !frame.sawComma:
            return frame.elements[0]
        case .list, .tuple, .set:
            return .array(frame.elements)
        }
    }

    /// The text used for a dict key: strings as they are, other scalars in their Python spelling.
    private func keyText(_ key: JSONValue, at offset: Int) throws(IngestPrimitiveError) -> String {
        switch key {
        case let .string(text): return text
        case .null: return "None"
        case let .bool(flag): return flag ? "True" : "False"
        case let .number(number):
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case .array, .object:
            throw failure("dict keys must be strings, numbers, True, False or None", at: offset)
        }
    }

    /// Skips spaces, tabs, newlines and backslash line continuations.
    mutating func skipSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: offset += 1
            case UInt8(ascii: "\\") where offset + 1 < bytes.count && bytes[offset + 1] == 0x0A: offset += 2
            default: return
            }
        }
    }

    /// An `invalidPythonLiteral` error at `offset` with its line and column.
    func failure(_ reason: String, at offset: Int) -> IngestPrimitiveError {
        let position = TextPosition.lineAndColumn(in: bytes, of: offset)
        return .invalidPythonLiteral(offset: offset, line: position.line, column: position.column, reason: reason)
    }

    /// How the byte at `offset` reads in an error reason.
    func found(at offset: Int) -> String {
        "found " + TextPosition.describeByte(in: bytes, at: offset)
    }
}
