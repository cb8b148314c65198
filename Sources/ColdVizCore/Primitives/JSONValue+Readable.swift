extension JSONValue: JSONReadable {
    var numberValue: Double? {
        if case let .number(value) = self { return value }
        return nil
    }

    var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    var isArray: Bool {
        if case .array = self { return true }
        return false
    }

    func member(normalisedKey: String) -> JSONValue? {
        guard case let .object(object) = self else { return nil }
        for member in object.members where AppLogClassifier.normalisedKey(member.key) == normalisedKey {
            return member.value
        }
        return nil
    }

    func member(named name: JSONValue) -> JSONValue? {
        name.stringValue.flatMap { self[$0] }
    }

    func stringEquals(_ text: String) -> Bool {
        stringValue == text
    }

    func stringHasPrefix(_ prefix: String) -> Bool {
        stringValue?.hasPrefix(prefix) ?? false
    }

    func withStringBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard case var .string(text) = self else { return nil }
        return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }

    var firstElement: JSONValue? {
        arrayValue?.first
    }

    func forEachElement(_ body: (JSONValue) -> Bool) {
        guard case let .array(elements) = self else { return }
        for element in elements where !body(element) { return }
    }

    var count: Int {
        switch self {
        case .object(let object): object.members.count
        case .array(let elements): elements.count
        default: 0
        }
    }

    func forEachMember(_ body: (String, JSONValue) -> Void) {
        guard case let .object(object) = self else { return }
        for member in object.members { body(member.key, member.value) }
    }
}
