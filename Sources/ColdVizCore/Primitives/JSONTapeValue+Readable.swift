#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension JSONTapeValue: JSONReadable {
    private var kind: JSONTape.Kind { tokens[index].kind }

    var stringValue: String? {
        kind == .string ? decodedString(at: index) : nil
    }

    var doubleValue: Double? {
        switch kind {
        case .number:
            return numberValue
        case .string:
            guard tokens[index].stringFlags == 0 else { return stringValue.flatMap { JSONValue.string($0).doubleValue } }
            return JSONNumber.parseWhole(rawBytes(at: index))
        default:
            return nil
        }
    }

    var numberValue: Double? {
        kind == .number ? Double(bitPattern: UInt64(UInt(bitPattern: tokens[index].payload))) : nil
    }

    var boolValue: Bool? {
        switch kind {
        case .true: true
        case .false: false
        default: nil
        }
    }

    var isObject: Bool { kind == .object }

    var isArray: Bool { kind == .array }

    subscript(key: String) -> JSONTapeValue? {
        guard kind == .object else { return nil }
        return Self.withUTF8(key) { target in member(key: target, isASCII: Self.isASCII(target), text: key) }
    }

    func member(named name: JSONTapeValue) -> JSONTapeValue? {
        guard kind == .object, name.kind == .string else { return nil }
        // Unescaped ASCII (no flag): its raw bytes are its text, and no `String` is made unless a key needs it.
        guard name.tokens[name.index].stringFlags == 0 else { return name.stringValue.flatMap { self[$0] } }
        let target = name.rawBytes(at: name.index)
        return member(key: target, isASCII: true, text: String(decoding: target, as: UTF8.self))
    }

    /// The first member whose key equals `text`, whose UTF-8 is `target`: by bytes for unescaped ASCII keys
    /// when `target` is ASCII, else as `String`s compare (`text` is then made, once). O(members).
    private func member(key target: UnsafeRawBufferPointer, isASCII targetIsASCII: Bool, text: @autoclosure () -> String)
        -> JSONTapeValue?
    {
        let end = tokens[index].payload
        var keyIndex = index + 1
        var key: String?
        while keyIndex < end {
            let token = tokens[keyIndex]
            if token.stringFlags == 0 && targetIsASCII {
                if token.end - token.start == target.count
                    && (target.isEmpty || memcmp(bytes.baseAddress! + token.start, target.baseAddress!, target.count) == 0)
                {
                    return value(at: keyIndex + 1)
                }
            } else {
                if key == nil { key = text() }
                if decodedString(at: keyIndex) == key { return value(at: keyIndex + 1) }
            }
            let member = tokens[keyIndex + 1]
            keyIndex = member.kind == .object || member.kind == .array ? member.payload : keyIndex + 2
        }
        return nil
    }

    func member(normalisedKey: String) -> JSONTapeValue? {
        guard kind == .object else { return nil }
        return Self.withUTF8(normalisedKey) { target in
            let targetIsASCII = Self.isASCII(target)
            let end = tokens[index].payload
            var keyIndex = index + 1
            while keyIndex < end {
                let matches =
                    tokens[keyIndex].stringFlags == 0 && targetIsASCII
                    ? Self.asciiKey(rawBytes(at: keyIndex), normalisesTo: target)
                    : AppLogClassifier.normalisedKey(decodedString(at: keyIndex)) == normalisedKey
                if matches { return value(at: keyIndex + 1) }
                keyIndex = value(at: keyIndex + 1).nextIndex
            }
            return nil
        }
    }

    /// True when the ASCII `key` lower-cased with `_` removed equals the ASCII `target`. O(key).
    private static func asciiKey(_ key: UnsafeRawBufferPointer, normalisesTo target: UnsafeRawBufferPointer) -> Bool {
        var position = 0
        for byte in key where byte != UInt8(ascii: "_") {
            guard position < target.count else { return false }
            let lower = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            guard lower == target[position] else { return false }
            position += 1
        }
        return position == target.count
    }

    func stringEquals(_ text: String) -> Bool {
        kind == .string && string(at: index, equals: text)
    }

    func stringHasPrefix(_ prefix: String) -> Bool {
        guard kind == .string else { return false }
        return Self.withUTF8(prefix) { target in
            guard tokens[index].stringFlags == 0, Self.isASCII(target) else {
                return decodedString(at: index).hasPrefix(prefix)
            }
            let raw = rawBytes(at: index)
            return target.count <= raw.count
                && Self.equal(UnsafeRawBufferPointer(rebasing: raw[0..<target.count]), target)
        }
    }

    func withStringBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard kind == .string else { return nil }
        guard tokens[index].stringFlags == 0 else {
            var text = decodedString(at: index)
            return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
        return body(rawBytes(at: index))
    }

    var firstElement: JSONTapeValue? {
        guard kind == .array, index + 1 < tokens[index].payload else { return nil }
        return value(at: index + 1)
    }

    func forEachElement(_ body: (JSONTapeValue) -> Bool) {
        guard kind == .array else { return }
        let end = tokens[index].payload
        var element = index + 1
        while element < end {
            let value = value(at: element)
            guard body(value) else { return }
            element = value.nextIndex
        }
    }

    var count: Int {
        guard kind == .object || kind == .array else { return 0 }
        let step = kind == .object ? 1 : 0  // an object's key comes before each value
        let end = tokens[index].payload
        var next = index + 1
        var n = 0
        while next < end {
            next = value(at: next + step).nextIndex
            n += 1
        }
        return n
    }

    func forEachMember(_ body: (String, JSONTapeValue) -> Void) {
        guard kind == .object else { return }
        let end = tokens[index].payload
        var keyIndex = index + 1
        while keyIndex < end {
            let value = value(at: keyIndex + 1)
            body(decodedString(at: keyIndex), value)
            keyIndex = value.nextIndex
        }
    }
}
