/// The `Label: value [unit]` pairs of a platform line, found by label rather than position.
///
/// Separators are runs of spaces, tabs and newlines; a label is up to three words followed by a
/// word ending in `:`; the token after a label is its value; a unit (`ms`, `MB`) after a value is
/// skipped. Unknown labels are kept but never break the line.
///
/// No heap allocation for lines of up to `inlineCapacity` fields: fields are byte ranges into the
/// line, kept in an `InlineArray`; labels are compared word by word, so whitespace runs between
/// label words count as one space.
struct LabeledFields {
    struct Field {
        /// From the first label word to the end of the `xxx:` token (whitespace runs inside).
        var label: Range<Int>
        var value: Range<Int>
    }

    static let inlineCapacity = 16

    /// The line the ranges point into.
    let bytes: UnsafeRawBufferPointer
    private var inline = InlineArray<16, Field>(repeating: Field(label: 0..<0, value: 0..<0))
    /// Fields past `inlineCapacity` (empty, so unallocated, on every real platform line).
    private var overflow: [Field] = []
    /// How many fields were found.
    private(set) var count = 0

    /// Tokenises `bytes` from `start`. O(n).
    init(_ bytes: UnsafeRawBufferPointer, from start: Int) {
        self.bytes = bytes
        // Starts of the last three words that are neither labels, values nor units (they are
        // consecutive tokens: any of them may begin the next label).
        var word0 = 0, word1 = 0, word2 = 0
        var words = 0
        var i = start
        while let token = nextToken(&i) {
            guard token.count > 1, bytes[token.upperBound - 1] == UInt8(ascii: ":") else {
                (word0, word1, word2) = (word1, word2, token.lowerBound)
                words = min(words + 1, 3)
                continue
            }
            let labelStart: Int
            switch words {
            case 0: labelStart = token.lowerBound
            case 1: labelStart = word2
            case 2: labelStart = word1
            default: labelStart = word0
            }
            words = 0
            guard let value = nextToken(&i) else { break }
            append(Field(label: labelStart..<token.upperBound, value: value))
            var j = i
            if let unit = nextToken(&j), Self.isUnit(bytes, unit) { i = j }
        }
    }

    /// The next whitespace-separated token at or after `i`; moves `i` past it.
    @inline(__always)
    private func nextToken(_ i: inout Int) -> Range<Int>? {
        let n = bytes.count
        var k = i
        while k < n, bytes[k].isASCIIWhitespace { k += 1 }
        let s = k
        while k < n, !bytes[k].isASCIIWhitespace { k += 1 }
        i = k
        return k > s ? s..<k : nil
    }

    private mutating func append(_ field: Field) {
        if count < Self.inlineCapacity { inline[count] = field } else { overflow.append(field) }
        count += 1
    }

    /// The `index`-th field in line order.
    subscript(index: Int) -> Field {
        index < Self.inlineCapacity ? inline[index] : overflow[index - Self.inlineCapacity]
    }

    private static func isUnit(_ b: UnsafeRawBufferPointer, _ r: Range<Int>) -> Bool {
        r.count == 2
            && ((b[r.lowerBound] == UInt8(ascii: "m") && b[r.lowerBound + 1] == UInt8(ascii: "s"))
                || (b[r.lowerBound] == UInt8(ascii: "M") && b[r.lowerBound + 1] == UInt8(ascii: "B")))
    }

    /// The value of the field whose label ends with `label` as whole words (`Duration:` does not
    /// match `Billed Duration:`). Returns the last such field. O(fields · label length).
    func value(_ label: StaticString) -> Range<Int>? {
        let target = UnsafeRawBufferPointer(start: label.utf8Start, count: label.utf8CodeUnitCount)
        var k = count
        while k > 0 {
            k -= 1
            let field = self[k]
            if labelMatches(field.label, target) { return field.value }
        }
        return nil
    }
}
