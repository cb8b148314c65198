import Foundation

/// Reads text renderings of Lambda logs line by line: plain lines, console copy, `aws logs tail`,
/// `sam logs`, `awslogs`, S3-export lines, clock-time and indented pastes (docs/FORMATS.md §1.4, §2, §3).
///
/// A logical event is a line that starts an event plus the unprefixed lines that continue it (the
/// `XRAY` part of a REPORT, a pretty-printed JSON message). O(n) over the bytes.
struct TextLogReader {
    let bytes: UnsafeRawBufferPointer
    let context: FileContext
    /// Events inside a decoded payload all take the line of the envelope that carried them.
    var lineOverride: Int? = nil
    /// The previous line's stream and group, reused when a line repeats them.
    let streams = RecentString(), groups = RecentString()
    /// Lines before `bytes` in the file (a chunk of a large file starts after some).
    var linesBefore = 0
    /// Whether the whole file holds Lambda emulator lines; nil: find out from `bytes`.
    var fileHasEmulator: Bool? = nil

    /// The reader's state after its last line: what the line after it depends on.
    struct EndState: Equatable {
        /// Whether prefixed lines were seen (unprefixed lines then continue the event before them).
        var prefixedMode = false
        /// A console-copy timestamp line waiting for its message.
        var pendingTimestamp: Int64?
    }

    /// The event being continued: plain values only (its `EventMeta`, with strings, is made on emit).
    private struct OpenEvent {
        var timestampMilliseconds: Int64?
        var line: Int
        var isEmulator: Bool
        var logStream: Range<Int>? = nil
        var logGroup: Range<Int>? = nil
        var messageStart: Int
        var end: Int
    }

    /// Reads every line into `ingest` and returns the state after the last one.
    @discardableResult
    func read(into ingest: inout FileIngest) -> EndState {
        var open: OpenEvent?
        var prefixedMode = false
        // Lambda emulator (RIE) output is recognised by its `(rapid)` lines; in a file holding any, the
        // platform lines not rendered by an AWS tool (sam logs, aws logs tail, awslogs) are the emulator's.
        let fileHasEmulator = self.fileHasEmulator ?? PageReleaser.contains("(rapid)", in: bytes, of: context.input)
        var emulator = false
        var pendingTimestamp: Int64?
        var clock = ClockTimes()
        var lineNumber = linesBefore
        var lineStart = 0
        let count = bytes.count
        var releaser = PageReleaser(bytes, of: context.input)
        // One index for every JSON message of the file: its room is reused, not made per message.
        var tape = JSONTape()

        func flush(_ ingest: inout FileIngest) {
            guard let e = open else { return }
            open = nil
            emit(e, into: &ingest, tape: &tape)
        }

        while lineStart < count {
            releaser.advance(to: lineStart)
            lineNumber += 1
            let reportedLine = lineOverride ?? lineNumber
            let newline = nextNewline(from: lineStart)
            var lineEnd = newline
            if lineEnd > lineStart, bytes[lineEnd - 1] == asciiReturn { lineEnd -= 1 }
            defer { lineStart = newline + 1 }
            let trimmed = bytes.trimmedRange(lineStart..<lineEnd)
            if trimmed.isEmpty {
                flush(&ingest)
                continue
            }
            if let prefix = LinePrefix.parse(bytes, lineStart..<lineEnd) {
                flush(&ingest)
                switch prefix.kind {
                case .timestampOnly:
                    pendingTimestamp = prefix.timestampMilliseconds
                    continue
                case .samLogs, .logsTail, .awslogs:
                    emulator = false
                default:
                    emulator = fileHasEmulator
                }
                var event = OpenEvent(
                    timestampMilliseconds: prefix.timestampMilliseconds, line: reportedLine, isEmulator: emulator,
                    logStream: prefix.logStream, logGroup: prefix.logGroup, messageStart: prefix.messageStart,
                    end: lineEnd)
                if prefix.kind == .clockTime, let seconds = prefix.secondsOfDay {
                    if context.options.clockDateMilliseconds == nil && !clock.warned {
                        clock.warned = true
                        ingest.warn(
                            line: reportedLine,
                            "lines start with a time of day (HH:MM:SS) and no date: read as times of day from "
                                + "1970-01-01 (statistics need no date); pass --date YYYY-MM-DD to give the day")
                    }
                    event.timestampMilliseconds = (context.options.clockDateMilliseconds ?? 0) + clock.milliseconds(seconds)
                }
                // A redacted placeholder stands where a timestamp was: its unprefixed lines continue the event.
                if prefix.kind != .clockTime { prefixedMode = true }
                open = event
                continue
            }
            let start = trimmed.lowerBound
            if bytes.matches("XRAY", at: start), open != nil {
                open!.end = lineEnd
                continue
            }
            if prefixedMode, open != nil, !startsPlatformLine(at: start) {
                open!.end = lineEnd
                continue
            }
            flush(&ingest)
            if fileHasEmulator { emulator = true }
            open = OpenEvent(
                timestampMilliseconds: pendingTimestamp, line: reportedLine, isEmulator: emulator, messageStart: start,
                end: lineEnd)
            pendingTimestamp = nil
        }
        flush(&ingest)
        return EndState(prefixedMode: prefixedMode, pendingTimestamp: pendingTimestamp)
    }

    /// Clock times of one file: a time more than 12 hours before the previous one is on the next day
    /// (midnight rollover); smaller steps back are lines out of order on the same day.
    private struct ClockTimes {
        var previous: Int?
        var days: Int64 = 0
        var warned = false

        /// Milliseconds since midnight of the first day for `seconds` after midnight of the current day.
        mutating func milliseconds(_ seconds: Int) -> Int64 {
            if let previous, seconds < previous - 12 * 3600 { days += 1 }
            previous = seconds
            return (days * 86_400 + Int64(seconds)) * 1000
        }
    }

    private func nextNewline(from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count else { return bytes.count }
        guard let p = memchr(base + start, Int32(asciiNewline), bytes.count - start) else { return bytes.count }
        return base.distance(to: UnsafeRawPointer(p))
    }

    private func startsPlatformLine(at i: Int) -> Bool {
        bytes.matches("START RequestId:", at: i) || bytes.matches("END RequestId:", at: i)
            || bytes.matches("REPORT ", at: i) || bytes.matches("INIT_", at: i) || bytes.matches("RESTORE_", at: i)
    }

    private func emit(_ e: OpenEvent, into ingest: inout FileIngest, tape: inout JSONTape) {
        let message = bytes.slice(e.messageStart..<e.end)
        let meta = EventMeta(
            timestampMilliseconds: e.timestampMilliseconds,
            logGroup: e.logGroup.map { groups.string(bytes.slice($0)) } ?? context.logGroup,
            logStream: e.logStream.map { streams.string(bytes.slice($0)) } ?? context.logStream, line: e.line,
            isEmulator: e.isEmulator)
        // A message without `'` (nearly all: found at `memchr`'s speed) holds no `[{'`.
        if message.firstIndex(of: UInt8(ascii: "'"), from: 0) != nil, let reprStart = message.firstIndex(of: "[{'") {
            readPythonReprBatch(message, from: reprStart, meta: meta, into: &ingest)
            return
        }
        ingest.consume(message: message, meta: meta, tape: &tape)
    }

    /// `print(batch)` of a Logs/Telemetry API batch: a Python list of dicts (docs/FORMATS.md §5.5).
    private func readPythonReprBatch(
        _ message: UnsafeRawBufferPointer, from start: Int, meta: EventMeta,
        into ingest: inout FileIngest
    ) {
        do {
            let (value, _) = try PythonLiteral.parse(message, from: start)
            guard let items = value.arrayValue else {
                ingest.malformed(line: meta.line, "Python literal batch is not a list")
                return
            }
            for item in items { ingest.consume(jsonRecord: item, meta: meta) }
        } catch {
            ingest.malformed(line: meta.line, "cannot read Python literal batch: \(error)")
        }
    }
}
