@testable import ColdVizCore

/// The allocating `LabeledFields` that the allocation-free one replaced (issue 7), kept as the oracle for
/// `LabeledFieldsTests`: tokens and words in arrays, each label joined into a `[UInt8]`.
struct ReferenceLabeledFields {
    struct Field {
        var label: [UInt8]
        var value: Range<Int>
    }

    private(set) var fields: [Field] = []

    init(_ bytes: UnsafeRawBufferPointer, from start: Int) {
        var tokens: [Range<Int>] = []
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

    func value(_ label: String) -> Range<Int>? {
        let target = Array(label.utf8)
        for field in fields.reversed() where Self.labelEquals(field.label, target) {
            return field.value
        }
        return nil
    }

    private static func labelEquals(_ label: [UInt8], _ target: [UInt8]) -> Bool {
        guard label.count >= target.count else { return false }
        let offset = label.count - target.count
        for i in 0..<target.count where label[offset + i] != target[i] { return false }
        if offset == 0 { return true }
        guard label[offset - 1] == asciiSpace else { return false }
        var wordStart = offset - 1
        while wordStart > 0, label[wordStart - 1] != asciiSpace { wordStart -= 1 }
        let lastWord = label[wordStart..<(offset - 1)]
        return !qualifyingWords.contains { $0.elementsEqual(lastWord) }
    }

    private static let qualifyingWords: [[UInt8]] = [
        "Billed", "Init", "Restore", "Max", "Memory", "Error", "Runtime", "Version", "Billed Restore", "XRAY",
    ].map { Array($0.utf8) }
}
