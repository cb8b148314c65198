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
/// Works on bytes; the only `String`s created are the values kept in the record. See FORMATS.md §2.
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
                let f = LabeledFields(m, from: 14)
                return .record(.restoreReport(durationMilliseconds: f.double(m, "Restore Duration:")))
            }
        case UInt8(ascii: "S"):
            if m.hasPrefix("START RequestId:") {
                let f = LabeledFields(m, from: 5)
                guard let id = f.value("RequestId:") else { return .malformed("START line without a request id") }
                return .record(.start(requestId: m.string(id), version: f.value("Version:").map { m.string($0) }))
            }
        case UInt8(ascii: "E"):
            if m.hasPrefix("END RequestId:") {
                let f = LabeledFields(m, from: 3)
                guard let id = f.value("RequestId:") else { return .malformed("END line without a request id") }
                return .record(.end(requestId: m.string(id)))
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
        let f = LabeledFields(line, from: 6)
        guard let id = f.value("RequestId:") else {
            return .malformed("REPORT line without `RequestId:`; it cannot be matched to an invocation")
        }
        var report = ReportFields(requestId: line.string(id))
        func number(_ label: StaticString) throws(ReportError) -> Double? {
            guard let r = f.value(label) else { return nil }
            guard let v = DecimalParsing.parseDouble(line.slice(r)), v >= 0 else {
                throw ReportError(message: "REPORT \(label) is `\(line.string(r))`, not a number")
            }
            return v
        }
        do {
            report.durationMilliseconds = try number("Duration:")
            report.billedDurationMilliseconds = try number("Billed Duration:")
            report.memorySizeMegabytes = try number("Memory Size:").map { Int($0) }
            report.maxMemoryUsedMegabytes = try number("Max Memory Used:").map { Int($0) }
            report.initDurationMilliseconds = try number("Init Duration:")
            report.restoreDurationMilliseconds = try number("Restore Duration:")
            report.billedRestoreDurationMilliseconds = try number("Billed Restore Duration:")
        } catch {
            return .malformed(error.message)
        }
        report.status = f.value("Status:").map { line.string($0) }
        report.errorType = f.value("Error Type:").map { line.string($0) }
        report.traceId = f.value("XRAY TraceId:").map { line.string($0) }
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
        let f = LabeledFields(line, from: 0)
        var fields = InitStartFields()
        fields.runtimeVersion = f.value("Runtime Version:").map { line.string($0) }
        fields.runtimeVersionArn = f.value("Runtime Version ARN:").map { line.string($0) }
        return fields
    }

    private static func parseInitReport(_ m: UnsafeRawBufferPointer) -> InitReportFields {
        let line = m.slice(0..<(m.firstIndex(of: asciiNewline, from: 0) ?? m.count))
        let f = LabeledFields(line, from: 11)
        var fields = InitReportFields()
        fields.durationMilliseconds = f.double(line, "Init Duration:")
        fields.phase = f.value("Phase:").map { line.string($0) }
        fields.status = f.value("Status:").map { line.string($0) }
        fields.errorType = f.value("Error Type:").map { line.string($0) }
        return fields
    }

    /// Literal `\t` / `\n` escapes (double-escaped exports) without any real TAB (FORMATS.md §3.7).
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

extension LabeledFields {
    /// The field's value parsed as a decimal number, or nil.
    func double(_ bytes: UnsafeRawBufferPointer, _ label: StaticString) -> Double? {
        value(label).flatMap { DecimalParsing.parseDouble(bytes.slice($0)) }
    }
}
