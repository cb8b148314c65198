#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One value of a ``JSONTape``: a token index plus the tape's tokens and bytes, copied freely without reference
/// counting. Valid only inside the `withRoot` call that produced it.
///
/// Strings of plain ASCII without escapes are compared on their bytes; any other string is decoded exactly as
/// `JSONScanner` decodes it and compared as a `String`, so every answer equals the `JSONValue` one.
struct JSONTapeValue {
    let tokens: UnsafeBufferPointer<JSONTape.Token>
    let bytes: UnsafeRawBufferPointer
    let index: Int

    private var token: JSONTape.Token { tokens[index] }

    /// The index of the token after this value and everything inside it.
    var nextIndex: Int {
        let token = token
        return token.kind == .object || token.kind == .array ? token.payload : index + 1
    }

    /// A value at `index` of the same tape.
    func value(at index: Int) -> JSONTapeValue {
        JSONTapeValue(tokens: tokens, bytes: bytes, index: index)
    }

    /// The raw bytes between the quotes of the string token at `index`.
    func rawBytes(at index: Int) -> UnsafeRawBufferPointer {
        let token = tokens[index]
        return UnsafeRawBufferPointer(rebasing: bytes[token.start..<token.end])
    }

    /// The decoded text of the string token at `index`, as `JSONScanner.scanString` builds it.
    func decodedString(at index: Int) -> String {
        let token = tokens[index]
        guard token.stringFlags & JSONTape.escapeFlag != 0 else {
            return String(decoding: rawBytes(at: index), as: UTF8.self)
        }
        var scanner = JSONScanner(bytes, startOffset: token.start - 1)
        return ((try? scanner.scanString(building: true)) ?? nil) ?? ""
    }

    /// True when the string token at `index` equals `text` as `String`s compare. O(length).
    func string(at index: Int, equals text: String) -> Bool {
        Self.withUTF8(text) { target in
            guard tokens[index].stringFlags == 0, Self.isASCII(target) else { return decodedString(at: index) == text }
            return Self.equal(rawBytes(at: index), target)
        }
    }

    /// True when both hold the same bytes.
    @inline(__always)
    static func equal(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Bool {
        left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
    }

    /// True when every byte is below 0x80. O(count).
    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        return high < 0x80
    }

    /// `body` on the UTF-8 bytes of `text`, copying only when the string has no contiguous UTF-8 storage.
    @inline(__always)
    static func withUTF8<R>(_ text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        var copy = text
        return copy.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
}
