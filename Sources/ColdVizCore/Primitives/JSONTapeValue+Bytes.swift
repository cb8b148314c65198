extension JSONTapeValue {
    /// `body` on the UTF-8 bytes of `stringValue` (nil for a non-string) without making a `String` when it can:
    /// the input bytes themselves when they need no change, else the escapes decoded into `buffer` (scratch
    /// space the caller keeps for reuse, grown as needed); invalid UTF-8 is repaired as `String(decoding:as:)` repairs it. O(length).
    func withStringBytes<R>(decodingInto buffer: inout [UInt8], _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard tokens[index].kind == .string else { return nil }
        let flags = tokens[index].stringFlags
        let raw = rawBytes(at: index)
        if flags & JSONTape.escapeFlag == 0 {
            guard flags == 0 || JSONTape.isValidUTF8(raw) else { return withStringBytes(body) }
            return body(raw)
        }
        if buffer.count < raw.count { buffer = [UInt8](repeating: 0, count: max(raw.count, 2 * buffer.count)) }
        return buffer.withUnsafeMutableBytes { scratch in
            let decoded = UnsafeRawBufferPointer(
                start: scratch.baseAddress, count: JSONTape.decodeEscapes(raw, into: scratch.baseAddress!))
            guard flags & JSONTape.nonASCIIFlag == 0 || JSONTape.isValidUTF8(decoded) else {
                var text = String(decoding: decoded, as: UTF8.self)
                return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
            }
            return body(decoded)
        }
    }
}
