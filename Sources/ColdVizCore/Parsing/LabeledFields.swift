/// The `Label: value [unit]` pairs of a platform line, found by label rather than position.
///
/// Separators are runs of spaces, tabs and newlines; a label is up to three words followed by a
/// word ending in `:`; the token after a label is its value; a unit (`ms`, `MB`) after a value is
/// skipped. Unknown labels are kept but never break the line.
///
/// Nothing is allocated: fields are byte ranges into the line, handed to the caller one by one in
/// line order, so "the last field with this label" is the last one the caller keeps.
enum LabeledFields {
    /// One `Label: value` pair of a line.
    struct Field {
        /// The line the ranges point into.
        let bytes: UnsafeRawBufferPointer
        /// From the first label word to the end of the `xxx:` token (whitespace runs inside).
        let label: Range<Int>
        let value: Range<Int>

        /// The label's last word, the `xxx:` token.
        var lastLabelWord: UnsafeRawBufferPointer {
            var s = label.upperBound - 1
            while s > label.lowerBound, !bytes[s - 1].isASCIIWhitespace { s -= 1 }
            return bytes.slice(s..<label.upperBound)
        }
    }

    /// Calls `body` with each field of `bytes` from `start`, in line order. O(n).
    @inline(__always)
    static func forEach(_ bytes: UnsafeRawBufferPointer, from start: Int, _ body: (Field) -> Void) {
        // Starts of the last three words that are neither labels, values nor units (they are
        // consecutive tokens: any of them may begin the next label).
        var word0 = 0, word1 = 0, word2 = 0
        var words = 0
        var i = start
        while let token = nextToken(bytes, &i) {
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
            guard let value = nextToken(bytes, &i) else { break }
            body(Field(bytes: bytes, label: labelStart..<token.upperBound, value: value))
            var j = i
            if let unit = nextToken(bytes, &j), isUnit(bytes, unit) { i = j }
        }
    }

    /// The value of the last field whose label is `label` (see `Field.hasLabel`), or nil. O(n).
    static func value(_ label: StaticString, in bytes: UnsafeRawBufferPointer, from start: Int) -> Range<Int>? {
        var found: Range<Int>?
        forEach(bytes, from: start) { if $0.hasLabel(label) { found = $0.value } }
        return found
    }

    /// The next whitespace-separated token at or after `i`; moves `i` past it.
    @inline(__always)
    private static func nextToken(_ bytes: UnsafeRawBufferPointer, _ i: inout Int) -> Range<Int>? {
        let n = bytes.count
        var k = i
        while k < n, bytes[k].isASCIIWhitespace { k += 1 }
        let s = k
        while k < n, !bytes[k].isASCIIWhitespace { k += 1 }
        i = k
        return k > s ? s..<k : nil
    }

    private static func isUnit(_ b: UnsafeRawBufferPointer, _ r: Range<Int>) -> Bool {
        r.count == 2
            && ((b[r.lowerBound] == UInt8(ascii: "m") && b[r.lowerBound + 1] == UInt8(ascii: "s"))
                || (b[r.lowerBound] == UInt8(ascii: "M") && b[r.lowerBound + 1] == UInt8(ascii: "B")))
    }
}
