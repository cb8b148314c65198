/// The START, END and REPORT lines in exactly the layout Lambda writes them, read by matching that layout
/// byte for byte instead of tokenising the line (``LabeledFields``). Each reader answers nil for any other
/// layout, which the general reader then takes; where it answers, it finds the same values the general
/// reader finds (`CanonicalPlatformLinesTests` checks this on mutated lines).
///
/// A value is a run of bytes other than space, tab, CR and LF, as ``LabeledFields`` reads it.
enum CanonicalPlatformLines {
    /// The request id of `START RequestId: <id>[ Version: <version>]` or `END RequestId: <id>`, followed
    /// only by whitespace; `labelEnd` is the offset just past `RequestId:`. O(n).
    @inline(__always)
    static func requestId(_ m: UnsafeRawBufferPointer, labelEnd: Int) -> Range<Int>? {
        var c = Cursor(bytes: m, at: labelEnd)
        guard c.take(" "), let id = c.value() else { return nil }
        if c.take(" Version: ") { guard c.value() != nil else { return nil } }
        return c.atBlankEnd ? id : nil
    }

    /// The fields of `REPORT RequestId: <id>\tDuration: <n> ms\tBilled Duration: <n> ms\tMemory Size: <n>
    /// MB\tMax Memory Used: <n> MB`, then optionally `\tInit Duration: <n> ms`, then optionally (after
    /// whitespace) `XRAY TraceId: <id>\tSegmentId: <id>\tSampled: <flag>`, followed only by whitespace. O(n).
    @inline(__always)
    static func reportRanges(_ line: UnsafeRawBufferPointer) -> ReportRanges? {
        var c = Cursor(bytes: line, at: 0)
        var r = ReportRanges()
        guard c.take("REPORT RequestId: "), let id = c.value(),
            c.take("\tDuration: "), let duration = c.value(),
            c.take(" ms\tBilled Duration: "), let billed = c.value(),
            c.take(" ms\tMemory Size: "), let memory = c.value(),
            c.take(" MB\tMax Memory Used: "), let maxMemory = c.value(),
            c.take(" MB"), c.atBoundary
        else { return nil }
        (r.requestId, r.duration, r.billedDuration, r.memorySize, r.maxMemoryUsed) =
            (id, duration, billed, memory, maxMemory)
        if c.take("\tInit Duration: ") {
            guard let initDuration = c.value(), c.take(" ms"), c.atBoundary else { return nil }
            r.initDuration = initDuration
        }
        c.skipBlanks()
        if c.take("XRAY TraceId: ") {
            guard let trace = c.value(), c.take("\tSegmentId: "), c.value() != nil, c.take("\tSampled: "),
                c.value() != nil
            else { return nil }
            r.traceId = trace
        }
        return c.atBlankEnd ? r : nil
    }

    /// A read position in a line.
    private struct Cursor {
        let bytes: UnsafeRawBufferPointer
        var at: Int

        /// Moves past `literal` when the bytes here are it.
        @inline(__always)
        mutating func take(_ literal: StaticString) -> Bool {
            guard bytes.matches(literal, at: at) else { return false }
            at += literal.utf8CodeUnitCount
            return true
        }

        /// The non-empty run of non-whitespace bytes here, moving past it; nil when whitespace or the end is here.
        @inline(__always)
        mutating func value() -> Range<Int>? {
            let start = at
            while at < bytes.count, !bytes[at].isASCIIWhitespace { at += 1 }
            return at > start ? start..<at : nil
        }

        mutating func skipBlanks() {
            while at < bytes.count, bytes[at].isASCIIWhitespace { at += 1 }
        }

        /// Whether a value or unit ends here: whitespace or the end.
        var atBoundary: Bool { at == bytes.count || bytes[at].isASCIIWhitespace }

        /// Whether only whitespace is left.
        var atBlankEnd: Bool {
            var i = at
            while i < bytes.count, bytes[i].isASCIIWhitespace { i += 1 }
            return i == bytes.count
        }
    }
}
