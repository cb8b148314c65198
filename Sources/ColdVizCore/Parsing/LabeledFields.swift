/// The `Label: value [unit]` pairs of a platform line, found by label rather than position.
///
/// Separators are runs of spaces, tabs and newlines; a label is one or more words ending in `:`;
/// a unit (`ms`, `MB`) after a value is skipped. Unknown labels are kept but never break the line.
struct LabeledFields {
    struct Field {
        var label: [UInt8]
        var value: Range<Int>
    }

    private(set) var fields: [Field] = []

    /// Tokenises `bytes` from `start`. O(n).
    init(_ bytes: UnsafeRawBufferPointer, from start: Int) {
        var tokens: [Range<Int>] = []
        tokens.reserveCapacity(32)
        var i = start
        while i < bytes.count {
            while i < bytes.count, bytes[i].isASCIIWhitespace { i += 1 }
            let s = i
            while i < bytes.count, !bytes[i].isASCIIWhitespace { i += 1 }
            if i > s { tokens.append(s..<i) }
        }
        var words: [Range<Int>] = []
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            guard bytes[t.upperBound - 1] == UInt8(ascii: ":"), t.count > 1 else {
                words.append(t)
                if words.count > 3 { words.removeFirst() }
                k += 1
                continue
            }
            words.append(t)
            var label: [UInt8] = []
            for (n, w) in words.suffix(4).enumerated() {
                if n > 0 { label.append(asciiSpace) }
                label.append(contentsOf: bytes.slice(w))
            }
            words.removeAll(keepingCapacity: true)
            if k + 1 < tokens.count {
                fields.append(Field(label: label, value: tokens[k + 1]))
                k += 2
                if k < tokens.count, Self.isUnit(bytes.slice(tokens[k])) { k += 1 }
            } else {
                k += 1
            }
        }
    }

    private static func isUnit(_ b: UnsafeRawBufferPointer) -> Bool {
        b.count == 2
            && ((b[0] == UInt8(ascii: "m") && b[1] == UInt8(ascii: "s"))
                || (b[0] == UInt8(ascii: "M") && b[1] == UInt8(ascii: "B")))
    }

    /// The value of the field whose label ends with `label` as whole words (`Duration:` does not
    /// match `Billed Duration:`). Returns the last such field.
    func value(_ label: StaticString) -> Range<Int>? {
        let target = UnsafeRawBufferPointer(start: label.utf8Start, count: label.utf8CodeUnitCount)
        for field in fields.reversed() where Self.labelEquals(field.label, target) {
            return field.value
        }
        return nil
    }

    /// Whether `label` is exactly `target`, or ends with ` target` after words that are not part of a
    /// longer known label (e.g. noise before `Duration:` is tolerated, `Billed Duration:` is not).
    private static func labelEquals(_ label: [UInt8], _ target: UnsafeRawBufferPointer) -> Bool {
        guard label.count >= target.count else { return false }
        let offset = label.count - target.count
        for i in 0..<target.count where label[offset + i] != target[i] { return false }
        if offset == 0 { return true }
        guard label[offset - 1] == asciiSpace else { return false }
        // The word before must not turn this into a different label.
        var wordStart = offset - 1
        while wordStart > 0, label[wordStart - 1] != asciiSpace { wordStart -= 1 }
        let lastWord = label[wordStart..<(offset - 1)]
        return !qualifyingWords.contains { $0.elementsEqual(lastWord) }
    }

    /// Words that, placed before a label, make it another label (`Billed Duration`, `Init Duration`, ...).
    private static let qualifyingWords: [[UInt8]] = [
        "Billed", "Init", "Restore", "Max", "Memory", "Error", "Runtime", "Version", "Billed Restore", "XRAY",
    ].map { Array($0.utf8) }
}
