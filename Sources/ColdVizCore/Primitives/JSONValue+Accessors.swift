extension JSONValue {
    /// The string of a `.string`, else nil.
    var stringValue: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    /// The number of a `.number`, or of a `.string` holding a JSON number such as `"6.7E7"` or `" 1024 "`
    /// (surrounding ASCII whitespace allowed, nothing else); else nil. O(length of the string).
    var doubleValue: Double? {
        switch self {
        case let .number(value):
            return value
        case let .string(text):
            var text = text
            return text.withUTF8 { JSONNumber.parseWhole(UnsafeRawBufferPointer($0)) }
        default:
            return nil
        }
    }

    /// The value of a `.bool`, else nil.
    var boolValue: Bool? {
        if case let .bool(flag) = self { return flag }
        return nil
    }

    /// True for `.null`.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The object of an `.object`, else nil.
    var objectValue: JSONObject? {
        if case let .object(object) = self { return object }
        return nil
    }

    /// The elements of an `.array`, else nil.
    var arrayValue: [JSONValue]? {
        if case let .array(elements) = self { return elements }
        return nil
    }

    /// The first member named `key` of an object; nil for a missing key or a non-object. O(members).
    subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// Follows object keys one after another: `value["record", "metrics", "initDurationMs"]`.
    /// nil as soon as one step is missing or not an object. O(sum of members visited).
    subscript(path: String...) -> JSONValue? {
        var current: JSONValue? = self
        for key in path {
            current = current?[key]
        }
        return current
    }
}
