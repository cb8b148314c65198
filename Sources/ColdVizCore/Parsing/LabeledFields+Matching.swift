extension LabeledFields.Field {
    /// Whether the label is `target` word for word, or ends with its words after a word that does
    /// not make it a longer known label (noise before `Duration:` is tolerated, `Billed Duration:`
    /// is not `Duration:`). `target` is words separated by single spaces; the label's words are
    /// separated by any whitespace run. Compares from the end, so most mismatches cost one or two
    /// bytes. O(target length).
    @inline(__always)
    func hasLabel(_ target: StaticString) -> Bool {
        let t = target.utf8Start
        let first = label.lowerBound
        var li = label.upperBound
        var ti = target.utf8CodeUnitCount
        while ti > 0 {
            ti -= 1
            guard li > first else { return false }
            if t[ti] == asciiSpace {
                guard bytes[li - 1].isASCIIWhitespace else { return false }
                while li > first, bytes[li - 1].isASCIIWhitespace { li -= 1 }
            } else {
                guard bytes[li - 1] == t[ti] else { return false }
                li -= 1
            }
        }
        if li == first { return true }
        // The label goes on before the target's first word: that must be a word boundary, and the
        // word before must not turn the label into another one.
        guard bytes[li - 1].isASCIIWhitespace else { return false }
        while li > first, bytes[li - 1].isASCIIWhitespace { li -= 1 }
        var ws = li
        while ws > first, !bytes[ws - 1].isASCIIWhitespace { ws -= 1 }
        return !Self.isQualifyingWord(bytes.slice(ws..<li))
    }

    /// Words that, placed before a label, make it another label (`Billed Duration`, `Init Duration`, ...).
    private static func isQualifyingWord(_ word: UnsafeRawBufferPointer) -> Bool {
        switch word.count {
        case 3: word.hasPrefix("Max")
        case 4: word.hasPrefix("Init") || word.hasPrefix("XRAY")
        case 5: word.hasPrefix("Error")
        case 6: word.hasPrefix("Billed") || word.hasPrefix("Memory")
        case 7: word.hasPrefix("Restore") || word.hasPrefix("Runtime") || word.hasPrefix("Version")
        default: false
        }
    }
}
