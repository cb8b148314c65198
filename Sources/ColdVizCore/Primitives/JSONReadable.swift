/// Read access to a JSON value, shared by the decoded tree (`JSONValue`) and the token index (`JSONTapeValue`),
/// so one classifier serves both. Every accessor answers exactly as the `JSONValue` one does on the same text;
/// the tape answers comparisons from the bytes and allocates only for values actually returned.
protocol JSONReadable {
    /// The decoded string of a string, else nil.
    var stringValue: String? { get }
    /// As `JSONValue.doubleValue`: a number, or a string holding exactly one JSON number; else nil.
    var doubleValue: Double? { get }
    /// The number of a number only (a string holding a number gives nil).
    var numberValue: Double? { get }
    /// The value of `true` or `false`, else nil.
    var boolValue: Bool? { get }
    /// True for an object.
    var isObject: Bool { get }
    /// True for an array.
    var isArray: Bool { get }
    /// The first member named `key` (compared as `String`s are) of an object; nil otherwise. O(members).
    subscript(key: String) -> Self? { get }
    /// `self[name.stringValue]`: the first member whose key equals the string `name`; nil for a non-object or
    /// a non-string `name`. O(members).
    func member(named name: Self) -> Self?
    /// The first member whose key, lower-cased with `_` removed (`AppLogClassifier.normalisedKey`), equals
    /// `normalisedKey`; nil for a non-object. O(size of the keys).
    func member(normalisedKey: String) -> Self?
    /// True for a string equal to `text` (compared as `String`s are).
    func stringEquals(_ text: String) -> Bool
    /// True for a string whose `String` has the prefix `prefix`.
    func stringHasPrefix(_ prefix: String) -> Bool
    /// `body` on the UTF-8 bytes of a string's decoded text; nil for a non-string.
    func withStringBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R?
    /// As `withStringBytes(_:)`, free to decode into `buffer`, which the caller keeps for reuse.
    func withStringBytes<R>(decodingInto buffer: inout [UInt8], _ body: (UnsafeRawBufferPointer) -> R) -> R?
    /// The first element of an array; nil for an empty array or a non-array.
    var firstElement: Self? { get }
    /// Calls `body` on each element of an array in order until it returns false; nothing for a non-array.
    func forEachElement(_ body: (Self) -> Bool)
    /// Calls `body` on each member of an object in document order (duplicates included); nothing otherwise.
    func forEachMember(_ body: (_ key: String, _ value: Self) -> Void)
    /// The number of members of an object (duplicates included) or elements of an array; 0 otherwise.
    var count: Int { get }
}

extension JSONReadable {
    /// The text of a string as a ``LogId``, else nil. O(length), without a `String` for the packed shapes.
    var logIdValue: LogId? { withStringBytes { LogId(bytes: $0) } }

    /// Ignores `buffer`: the bytes of `withStringBytes(_:)`.
    func withStringBytes<R>(decodingInto buffer: inout [UInt8], _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        withStringBytes(body)
    }

    /// True when some element of an array satisfies `predicate`. O(elements).
    func containsElement(where predicate: (Self) -> Bool) -> Bool {
        var found = false
        forEachElement { element in
            found = predicate(element)
            return !found
        }
        return found
    }
}
