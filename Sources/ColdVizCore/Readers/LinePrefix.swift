/// The wrapper a tool put in front of a log message on a text line (docs/FORMATS.md §1.4, §3).
struct LinePrefix {
    enum Kind {
        /// `sam logs`: `<stream> <timestamp> <message>`.
        case samLogs
        /// `awslogs get`: `<group> <stream> [<timestamp>] <message>`.
        case awslogs
        /// `aws logs tail` (detailed): `<timestamp> <stream> <message>`.
        case logsTail
        /// S3 export, `aws logs tail --format short`, Lambda emulator, any `<timestamp> <message>`.
        case timestamp
        /// A timestamp alone on its line (CloudWatch console copy: the message is on the next line).
        case timestampOnly
        /// Redacted placeholder `XXXX-XX-XXTXX:XX:XX.XXX-XX:XX`.
        case redacted
        /// `HH:MM:SS ` without a date.
        case clockTime
    }

    var kind: Kind
    var timestampMilliseconds: Int64?
    var logStream: Range<Int>?
    var logGroup: Range<Int>?
    /// Where the message starts (after the prefix and its separator).
    var messageStart: Int
    /// For `.clockTime`: seconds since midnight.
    var secondsOfDay: Int?

    /// Recognises a prefix on `line[range]` (leading indentation allowed), or nil for an unprefixed line.
    static func parse(_ line: UnsafeRawBufferPointer, _ range: Range<Int>) -> LinePrefix? {
        let i = line.skippingBlanks(from: range.lowerBound)
        let end = range.upperBound
        guard i < end else { return nil }
        // Every prefix starts with a digit, `/` (awslogs) or `X` (redacted): screen the rest out cheaply.
        let lead = line[i]
        guard lead.isASCIIDigit || lead == UInt8(ascii: "/") || lead == UInt8(ascii: "X") else { return nil }
        if let streamEnd = streamToken(line, i, end) {
            let j = line.skippingBlanks(from: streamEnd)
            guard looksLikeDate(line, j, end), let ts = Timestamp.parsePrefix(line.slice(j..<end)) else { return nil }
            return LinePrefix(
                kind: .samLogs, timestampMilliseconds: ts.milliseconds, logStream: i..<streamEnd,
                messageStart: messageStart(line, j + ts.length, end))
        }
        if line[i] == UInt8(ascii: "/") {
            let groupEnd = tokenEnd(line, i, end)
            let s = line.skippingBlanks(from: groupEnd)
            guard let streamEnd = streamToken(line, s, end) else { return nil }
            var j = line.skippingBlanks(from: streamEnd)
            var ts: Int64?
            while looksLikeDate(line, j, end), let t = Timestamp.parsePrefix(line.slice(j..<end)) {
                if ts == nil { ts = t.milliseconds }
                j = line.skippingBlanks(from: j + t.length)
            }
            return LinePrefix(
                kind: .awslogs, timestampMilliseconds: ts, logStream: s..<streamEnd,
                logGroup: i..<groupEnd, messageStart: j)
        }
        if looksLikeDate(line, i, end), let ts = Timestamp.parsePrefix(line.slice(i..<end)) {
            let j = i + ts.length
            if line.skippingBlanks(from: j) >= end || line.trimmedRange(j..<end).isEmpty {
                return LinePrefix(kind: .timestampOnly, timestampMilliseconds: ts.milliseconds, messageStart: end)
            }
            guard line[j] == asciiSpace || line[j] == asciiTab else { return nil }
            let k = line.skippingBlanks(from: j)
            if let streamEnd = streamToken(line, k, end) {
                return LinePrefix(
                    kind: .logsTail, timestampMilliseconds: ts.milliseconds, logStream: k..<streamEnd,
                    messageStart: messageStart(line, streamEnd, end))
            }
            return LinePrefix(kind: .timestamp, timestampMilliseconds: ts.milliseconds, messageStart: k)
        }
        if line.matches("XXXX-XX-XX", at: i) {
            return LinePrefix(kind: .redacted, messageStart: line.skippingBlanks(from: tokenEnd(line, i, end)))
        }
        if let seconds = clockTime(line, i, end) {
            return LinePrefix(kind: .clockTime, messageStart: line.skippingBlanks(from: i + 8), secondsOfDay: seconds)
        }
        return nil
    }

    /// The message starts after exactly the separator run following the prefix.
    private static func messageStart(_ line: UnsafeRawBufferPointer, _ j: Int, _ end: Int) -> Int {
        line.skippingBlanks(from: j)
    }

    private static func tokenEnd(_ line: UnsafeRawBufferPointer, _ i: Int, _ end: Int) -> Int {
        var k = i
        while k < end, line[k] != asciiSpace, line[k] != asciiTab { k += 1 }
        return k
    }

    /// A log stream name `YYYY/MM/DD/...[VERSION]...` starting at `i`; returns its end.
    static func streamToken(_ line: UnsafeRawBufferPointer, _ i: Int, _ end: Int) -> Int? {
        guard i + 11 < end, line[i].isASCIIDigit, line[i + 1].isASCIIDigit, line[i + 2].isASCIIDigit,
            line[i + 3].isASCIIDigit, line[i + 4] == UInt8(ascii: "/"), line[i + 5].isASCIIDigit,
            line[i + 6].isASCIIDigit, line[i + 7] == UInt8(ascii: "/"), line[i + 8].isASCIIDigit,
            line[i + 9].isASCIIDigit, line[i + 10] == UInt8(ascii: "/")
        else { return nil }
        let e = tokenEnd(line, i, end)
        guard line.slice(i..<e).firstIndex(of: UInt8(ascii: "["), from: 0) != nil else { return nil }
        return e
    }

    /// `YYYY-`, `YYYY/MM/DD ` or `DD Mon YYYY`: worth handing to the timestamp parser.
    private static func looksLikeDate(_ line: UnsafeRawBufferPointer, _ i: Int, _ end: Int) -> Bool {
        guard i + 10 <= end, line[i].isASCIIDigit, line[i + 1].isASCIIDigit else { return false }
        if line[i + 2].isASCIIDigit && line[i + 3].isASCIIDigit {
            return line[i + 4] == UInt8(ascii: "-")
                || (line[i + 4] == UInt8(ascii: "/") && line[i + 7] == UInt8(ascii: "/")
                    && line[i + 10 < end ? i + 10 : i] == asciiSpace)
        }
        return line[i + 2] == asciiSpace && line[i + 3] >= UInt8(ascii: "A") && line[i + 3] <= UInt8(ascii: "Z")
    }

    /// `HH:MM:SS` followed by a blank.
    private static func clockTime(_ line: UnsafeRawBufferPointer, _ i: Int, _ end: Int) -> Int? {
        guard i + 8 < end, line[i + 2] == UInt8(ascii: ":"), line[i + 5] == UInt8(ascii: ":"),
            line[i + 8] == asciiSpace || line[i + 8] == asciiTab
        else { return nil }
        let d = [0, 1, 3, 4, 6, 7].map { line[i + $0] }
        guard d.allSatisfy(\.isASCIIDigit) else { return nil }
        let v = d.map { Int($0 - 0x30) }
        let h = v[0] * 10 + v[1], m = v[2] * 10 + v[3], s = v[4] * 10 + v[5]
        guard h < 24, m < 60, s < 60 else { return nil }
        return h * 3600 + m * 60 + s
    }
}
