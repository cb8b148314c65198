extension LabeledFields {
    /// Whether the label at `label` is `target` word for word, or ends with its words after a word
    /// that does not make it a longer known label (noise before `Duration:` is tolerated,
    /// `Billed Duration:` is not `Duration:`). `target` is words separated by single spaces; the
    /// label's words are separated by any whitespace run. O(target length).
    func labelMatches(_ label: Range<Int>, _ target: UnsafeRawBufferPointer) -> Bool {
        let first = label.lowerBound
        var li = label.upperBound  // end of the label word being compared
        var ti = target.count  // end of the target word being compared
        while true {
            var ts = ti
            while ts > 0, target[ts - 1] != asciiSpace { ts -= 1 }
            let ls = li - (ti - ts)
            guard ls >= first, ls == first || bytes[ls - 1].isASCIIWhitespace else { return false }
            for k in 0..<(ti - ts) where bytes[ls + k] != target[ts + k] { return false }
            li = ls
            while li > first, bytes[li - 1].isASCIIWhitespace { li -= 1 }
            if ts == 0 { break }
            guard li > first else { return false }
            ti = ts - 1
        }
        if li == first { return true }
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
