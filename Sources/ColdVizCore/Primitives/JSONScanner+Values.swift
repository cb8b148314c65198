#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension JSONScanner {
    /// A container being built by `parse(building:)`.
    private struct Frame {
        var isObject: Bool
        var key = ""
        var elements: [JSONValue] = []
        var members: [(key: String, value: JSONValue)] = []
    }

    /// Reads and builds the whole next value. O(size of the value).
    mutating func readValue() throws(IngestPrimitiveError) -> JSONValue {
        try parse(building: true)
    }

    /// Reads the next value and checks it is valid JSON, building nothing. O(size of the value).
    mutating func skipValue() throws(IngestPrimitiveError) {
        _ = try parse(building: false)
    }

    /// One iterative parser for both reading and skipping; with `building` false it returns `.null`.
    private mutating func parse(building: Bool) throws(IngestPrimitiveError) -> JSONValue {
        var stack: [Frame] = []
        var value = JSONValue.null
        parsing: while true {
            skipWhitespace()
            guard offset < bytes.count else { throw failure("unexpected end of input, expected a value", at: offset) }
            switch bytes[offset] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = bytes[offset] == UInt8(ascii: "{")
                guard openContainers.count + stack.count < Self.maximumDepth else {
                    throw .nestingTooDeep(offset: offset)
                }
                offset += 1
                skipWhitespace()
                if offset < bytes.count, bytes[offset] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    offset += 1
                    value = building ? (isObject ? .object(JSONObject()) : .array([])) : .null
                } else {
                    var frame = Frame(isObject: isObject)
                    if isObject { frame.key = try readKeyAndColon(building: building) }
                    stack.append(frame)
                    continue parsing
                }
            case UInt8(ascii: "\""):
                let text = try scanString(building: building)
                value = building ? .string(text ?? "") : .null
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                value = try readLiteral()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                switch JSONNumber.scan(bytes, from: offset) {
                case let .number(number, end):
                    value = .number(number)
                    offset = end
                case let .failure(at, reason):
                    throw failure(reason, at: at)
                }
            default:
                throw failure("expected a value, \(found(at: offset))", at: offset)
            }
            while let top = stack.indices.last {
                let isObject = stack[top].isObject
                if building {
                    if isObject {
                        stack[top].members.append((stack[top].key, value))
                    } else {
                        stack[top].elements.append(value)
                    }
                }
                skipWhitespace()
                let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if offset < bytes.count, bytes[offset] == UInt8(ascii: ",") {
                    offset += 1
                    skipWhitespace()
                    if offset < bytes.count, bytes[offset] == closer {
                        throw failure("trailing comma before '\(Character(Unicode.Scalar(closer)))'", at: offset)
                    }
                    if isObject { stack[top].key = try readKeyAndColon(building: building) }
                    continue parsing
                }
                guard offset < bytes.count, bytes[offset] == closer else {
                    let what = isObject ? "',' or '}' after object member" : "',' or ']' after array element"
                    throw failure("expected \(what), \(found(at: offset))", at: offset)
                }
                offset += 1
                let frame = stack.removeLast()
                if building {
                    value = frame.isObject ? .object(JSONObject(members: frame.members)) : .array(frame.elements)
                }
            }
            return value
        }
    }

    /// Reads `"key"` and the `:` after it; returns "" when not building.
    mutating func readKeyAndColon(building: Bool = true) throws(IngestPrimitiveError) -> String {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw failure("expected a string key in object, \(found(at: offset))", at: offset)
        }
        let key = try scanString(building: building) ?? ""
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
            throw failure("expected ':' after object key, \(found(at: offset))", at: offset)
        }
        offset += 1
        return key
    }

    /// Reads `true`, `false` or `null`.
    private mutating func readLiteral() throws(IngestPrimitiveError) -> JSONValue {
        let word: StaticString
        let value: JSONValue
        switch bytes[offset] {
        case UInt8(ascii: "t"): (word, value) = ("true", .bool(true))
        case UInt8(ascii: "f"): (word, value) = ("false", .bool(false))
        default: (word, value) = ("null", .null)
        }
        let length = word.utf8CodeUnitCount
        guard bytes.count - offset >= length,
            memcmp(bytes.baseAddress! + offset, word.utf8Start, length) == 0
        else {
            throw failure("expected a value (true, false or null), \(found(at: offset))", at: offset)
        }
        offset += length
        return value
    }
}
