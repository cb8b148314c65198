extension JSONScanner {
    /// Consumes the `{` of an object whose members will be read one by one with `nextKey`.
    mutating func beginObject() throws(IngestPrimitiveError) {
        try begin(isObject: true)
    }

    /// Consumes the `[` of an array whose elements will be read one by one with `nextElement`.
    mutating func beginArray() throws(IngestPrimitiveError) {
        try begin(isObject: false)
    }

    /// The next key of the object opened last (its `:` consumed, the value left to read), or nil after
    /// consuming the closing `}`. Handles the `,` between members.
    mutating func nextKey() throws(IngestPrimitiveError) -> String? {
        guard let top = openContainers.indices.last, openContainers[top].isObject else {
            throw failure("nextKey() called while no object is being streamed", at: offset)
        }
        guard try advanceToNextMember(of: top, closer: UInt8(ascii: "}"), what: "',' or '}' after object member")
        else { return nil }
        return try readKeyAndColon()
    }

    /// True when another element of the array opened last follows (the `,` consumed, the element left to read);
    /// false after consuming the closing `]`.
    mutating func nextElement() throws(IngestPrimitiveError) -> Bool {
        guard let top = openContainers.indices.last, !openContainers[top].isObject else {
            throw failure("nextElement() called while no array is being streamed", at: offset)
        }
        return try advanceToNextMember(of: top, closer: UInt8(ascii: "]"), what: "',' or ']' after array element")
    }

    /// Moves past a value of the array or object opened last that was read by other means (a ``JSONTape``) and
    /// ended at `end`, keeping the streamed containers open.
    mutating func skipValue(endingAt end: Int) {
        offset = min(max(end, offset), bytes.count)
    }

    private mutating func begin(isObject: Bool) throws(IngestPrimitiveError) {
        let opener = isObject ? UInt8(ascii: "{") : UInt8(ascii: "[")
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == opener else {
            let name = isObject ? "'{' (an object)" : "'[' (an array)"
            throw failure("expected \(name), \(found(at: offset))", at: offset)
        }
        guard openContainers.count < Self.maximumDepth else { throw .nestingTooDeep(offset: offset) }
        offset += 1
        openContainers.append(OpenContainer(isObject: isObject, hasMembers: false))
    }

    /// Consumes a `,` (or the closer) after a member; false when the container closed.
    private mutating func advanceToNextMember(
        of top: Int, closer: UInt8, what: String
    ) throws(IngestPrimitiveError) -> Bool {
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == closer {
            offset += 1
            openContainers.removeLast()
            return false
        }
        if openContainers[top].hasMembers {
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ",") else {
                throw failure("expected \(what), \(found(at: offset))", at: offset)
            }
            offset += 1
            skipWhitespace()
            if offset < bytes.count, bytes[offset] == closer {
                throw failure("trailing comma before '\(Character(Unicode.Scalar(closer)))'", at: offset)
            }
        }
        openContainers[top].hasMembers = true
        return true
    }
}
