/// What one log message is, as far as coldviz is concerned.
enum MessageClass {
    case record(PlatformRecord)
    case malformed(String)
    case ignored(IgnoredReason)
    /// Starts with `{`: a JSON message (Lambda JSON log format, Powertools, EMF).
    case json
}

/// Parses the Lambda platform text lines: REPORT, START, END, INIT_START, INIT_REPORT, RESTORE_*.
///
/// Works on bytes; the only `String`s created are the values kept in the record. See docs/FORMATS.md §2.
enum PlatformLineParser {
    /// Classifies one message (renderer prefix already removed). O(n).
    static func classify(_ message: UnsafeRawBufferPointer) -> MessageClass {
        let s = message.skippingBlanks(from: 0)
        guard s < message.count else { return .ignored(.applicationOutput) }
        let m = message.slice(s..<message.count)
        switch m[0] {
        case UInt8(ascii: "R"):
            if m.hasPrefix("REPORT") { return needsUnescape(m) ? withUnescaped(m, parseReport) : parseReport(m) }
            if m.hasPrefix("RESTORE_START") { return .record(.restoreStart(parseInitStart(m))) }
            if m.hasPrefix("RESTORE_REPORT") {
                return .record(.restoreReport(durationMilliseconds: double("Restore Duration:", in: m, from: 14)))
            }
        case UInt8(ascii: "S"):
            if m.hasPrefix("START RequestId:") {
                // The function version (`Version: $LATEST`) is not kept: nothing reads it.
                guard
                    let id = CanonicalPlatformLines.requestId(m, labelEnd: 16)
                        ?? LabeledFields.value("RequestId:", in: m, from: 5)
                else {
                    return .malformed("START line without a request id")
                }
                return .record(.start(requestId: m.logId(id)))
            }
        case UInt8(ascii: "E"):
            if m.hasPrefix("END RequestId:") {
                guard
                    let id = CanonicalPlatformLines.requestId(m, labelEnd: 14)
                        ?? LabeledFields.value("RequestId:", in: m, from: 3)
                else {
                    return .malformed("END line without a request id")
                }
                return .record(.end(requestId: m.logId(id)))
            }
            if m.hasPrefix("EXTENSION") { return .ignored(.extensionLifecycle) }
        case UInt8(ascii: "i"):
            if m.hasPrefix("import time:") { return ImportTimeParser.parse(m) }
        case UInt8(ascii: "I"):
            if m.hasPrefix("INIT_START") { return .record(.initStart(parseInitStart(m))) }
            if m.hasPrefix("INIT_REPORT") { return .record(.initReport(parseInitReport(m))) }
        case UInt8(ascii: "T"):
            if m.hasPrefix("TELEMETRY") { return .ignored(.extensionLifecycle) }
        case UInt8(ascii: "L"):
            if m.hasPrefix("LOGS\t") || m.hasPrefix("LOGS ") { return .ignored(.extensionLifecycle) }
        case UInt8(ascii: "X"):
            if m.hasPrefix("XRAY TraceId:") { return .ignored(.orphanXRayLine) }
        case UInt8(ascii: "{"):
            return .json
        case UInt8(ascii: "."):
            if isElision(m) { return .ignored(.elision) }
        default:
            break
        }
        if let marker = failureMarker(m) { return .record(marker) }
        return .ignored(.applicationOutput)
    }

    /// A line reporting that an invocation failed in the pre-`Status:` era.
    static func failureMarker(_ m: UnsafeRawBufferPointer) -> PlatformRecord? {
        if m.firstIndex(of: "Task timed out after") != nil || m.firstIndex(of: "Runtime exited with error") != nil
            || m.firstIndex(of: "Process exited before completing request") != nil
        {
            return .failureMarker(requestId: nil)
        }
        return nil
    }

    private static func isElision(_ m: UnsafeRawBufferPointer) -> Bool {
        let r = m.trimmedRange(0..<m.count)
        return r.count >= 2 && r.allSatisfy { m[$0] == UInt8(ascii: ".") }
    }

    private static func parseReport(_ m: UnsafeRawBufferPointer) -> MessageClass {
        let end = reportEnd(m)
        let line = m.slice(0..<end)
        let r = CanonicalPlatformLines.reportRanges(line) ?? ReportRanges(line)
        guard let id = r.requestId else {
            return .malformed("REPORT line without `RequestId:`; it cannot be matched to an invocation")
        }
        var report = ReportFields(requestId: line.logId(id))
        func number(_ range: Range<Int>?, _ label: StaticString) throws(ReportError) -> Double? {
            guard let range else { return nil }
            guard let v = DecimalParsing.parseDouble(line.slice(range)), v >= 0 else {
                throw ReportError(message: "REPORT \(label) is `\(line.string(range))`, not a number")
            }
            return v
        }
        func megabytes(_ range: Range<Int>?, _ label: StaticString) throws(ReportError) -> Int? {
            guard let v = try number(range, label) else { return nil }
            guard let mb = DecimalParsing.megabytes(v) else {
                throw ReportError(message: "REPORT \(label) is `\(line.string(range!))`, not a memory size in MB")
            }
            return mb
        }
        do {
            report.durationMilliseconds = try number(r.duration, "Duration:")
            report.billedDurationMilliseconds = try number(r.billedDuration, "Billed Duration:")
            report.memorySizeMegabytes = try megabytes(r.memorySize, "Memory Size:")
            report.maxMemoryUsedMegabytes = try megabytes(r.maxMemoryUsed, "Max Memory Used:")
            report.initDurationMilliseconds = try number(r.initDuration, "Init Duration:")
            report.restoreDurationMilliseconds = try number(r.restoreDuration, "Restore Duration:")
            report.billedRestoreDurationMilliseconds = try number(r.billedRestoreDuration, "Billed Restore Duration:")
        } catch {
            return .malformed(error.message)
        }
        report.status = r.status.map { line.string($0) }
        report.errorType = r.errorType.map { line.string($0) }
        report.traceId = r.traceId.map { line.logId($0) }
        return .record(.report(report))
    }

    private struct ReportError: Error { var message: String }

    /// The REPORT line ends at its first line break unless the next line is its `XRAY` part.
    private static func reportEnd(_ m: UnsafeRawBufferPointer) -> Int {
        var end = m.firstIndex(of: asciiNewline, from: 0) ?? m.count
        while end < m.count {
            let next = m.skippingBlanks(from: end + 1)
            guard m.matches("XRAY", at: next) else { break }
            end = m.firstIndex(of: asciiNewline, from: next) ?? m.count
        }
        return end
    }

    private static func parseInitStart(_ m: UnsafeRawBufferPointer) -> InitStartFields {
        let line = m.slice(0..<(m.firstIndex(of: asciiNewline, from: 0) ?? m.count))
        var version: Range<Int>?
        var arn: Range<Int>?
        LabeledFields.forEach(line, from: 0) { f in
            if f.hasLabel("Runtime Version:") { version = f.value }
            if f.hasLabel("Runtime Version ARN:") { arn = f.value }
        }
        var fields = InitStartFields()
        fields.runtimeVersion = version.map { line.string($0) }
        fields.runtimeVersionArn = arn.map { line.string($0) }
        return fields
    }

    private static func parseInitReport(_ m: UnsafeRawBufferPointer) -> InitReportFields {
        let line = m.slice(0..<(m.firstIndex(of: asciiNewline, from: 0) ?? m.count))
        var duration, phase, status, errorType: Range<Int>?
        LabeledFields.forEach(line, from: 11) { f in
            if f.hasLabel("Init Duration:") { duration = f.value }
            if f.hasLabel("Phase:") { phase = f.value }
            if f.hasLabel("Status:") { status = f.value }
            if f.hasLabel("Error Type:") { errorType = f.value }
        }
        var fields = InitReportFields()
        fields.durationMilliseconds = duration.flatMap { DecimalParsing.parseDouble(line.slice($0)) }
        fields.phase = phase.map { line.string($0) }
        fields.status = status.map { line.string($0) }
        fields.errorType = errorType.map { line.string($0) }
        return fields
    }

    /// Literal `\t` / `\n` escapes (double-escaped exports) without any real TAB (docs/FORMATS.md §3.7).
    private static func needsUnescape(_ m: UnsafeRawBufferPointer) -> Bool {
        m.firstIndex(of: asciiTab, from: 0) == nil && (m.firstIndex(of: "\\t") != nil || m.firstIndex(of: "\\n") != nil)
    }

    private static func withUnescaped(_ m: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> MessageClass)
        -> MessageClass
    {
        var out: [UInt8] = []
        out.reserveCapacity(m.count)
        var i = 0
        while i < m.count {
            if m[i] == UInt8(ascii: "\\"), i + 1 < m.count, m[i + 1] == UInt8(ascii: "t") || m[i + 1] == UInt8(ascii: "n") {
                out.append(m[i + 1] == UInt8(ascii: "t") ? asciiTab : asciiNewline)
                i += 2
            } else {
                out.append(m[i])
                i += 1
            }
        }
        return out.withUnsafeBytes(body)
    }
}

extension PlatformLineParser {
    /// The value of the last field labelled `label`, parsed as a decimal number, or nil. O(n).
    static func double(_ label: StaticString, in bytes: UnsafeRawBufferPointer, from start: Int) -> Double? {
        LabeledFields.value(label, in: bytes, from: start).flatMap { DecimalParsing.parseDouble(bytes.slice($0)) }
    }
}
