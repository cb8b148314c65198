/// Timestamps found in Lambda log exports, as epoch milliseconds (UTC; sub-millisecond digits truncated).
///
/// Text forms (docs/FORMATS.md pitfall 34): `YYYY-MM-DD` + `T` or space + `HH:MM:SS`, an optional fraction of any
/// number of digits after `.` or `,`, and an optional zone `Z`, `±HH:MM`, `±HHMM` or `±HH` (no zone = UTC);
/// `YYYY/MM/DD HH:MM:SS[.fraction]` (Go log prefix, UTC); `DD Mon YYYY HH:MM:SS,mmm` (Lambda emulator, UTC).
/// Epoch numbers written as digits are read by `parseMilliseconds` only: 10 digits = seconds, 13 = ms,
/// 16 = µs, 19 = ns, each with an optional fraction. Invalid dates and times (month 13, `XXXX-XX-XX`,
/// `12:01:23:521Z`) give nil. No Foundation: the day number is computed by `CivilDate`.
public enum Timestamp {
    /// Parses one timestamp occupying exactly `bytes` (no surrounding text). nil if not a timestamp. O(length).
    public static func parseMilliseconds(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        if let epoch = parseEpochDigits(bytes) { return epoch }
        guard let parsed = parseText(bytes), parsed.length == bytes.count else { return nil }
        return parsed.milliseconds
    }

    /// Parses one timestamp occupying all of `text` (ISO 8601, no zone = UTC; epoch digits); nil if not
    /// a timestamp. O(length).
    public static func parseMilliseconds(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { parseMilliseconds(UnsafeRawBufferPointer($0)) }
    }

    /// Parses a text timestamp at the start of `bytes`; returns epoch ms and the length consumed (not the
    /// following space). The timestamp must end at the end of `bytes` or before a byte that cannot continue it
    /// (not a letter, digit, `:`, or `.`/`,` followed by a digit). Epoch digits are not recognised here. O(1).
    public static func parsePrefix(_ bytes: UnsafeRawBufferPointer) -> (milliseconds: Int64, length: Int)? {
        guard let parsed = parseText(bytes) else { return nil }
        let end = parsed.length
        if end < bytes.count {
            let next = bytes[end]
            let isAlphanumeric = isDigit(next) || (next | 0x20 >= UInt8(ascii: "a") && next | 0x20 <= UInt8(ascii: "z"))
            let startsFraction =
                (next == UInt8(ascii: ".") || next == UInt8(ascii: ","))
                && end + 1 < bytes.count && isDigit(bytes[end + 1])
            if isAlphanumeric || next == UInt8(ascii: ":") || startsFraction { return nil }
        }
        return parsed
    }

    /// Formats epoch milliseconds as `2024-03-04T10:00:07.931Z` (UTC, always three fraction digits). O(1).
    public static func formatISO8601(milliseconds: Int64) -> String {
        let millisecondsPerDay: Int64 = 86_400_000
        var days = milliseconds / millisecondsPerDay
        var remainder = milliseconds % millisecondsPerDay
        if remainder < 0 {
            remainder += millisecondsPerDay
            days -= 1
        }
        let date = CivilDate.date(days: Int(days))
        let millisecondOfDay = Int(remainder)
        let hour = millisecondOfDay / 3_600_000
        let minute = millisecondOfDay / 60_000 % 60
        let second = millisecondOfDay / 1000 % 60
        let millisecond = millisecondOfDay % 1000
        return "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))T"
            + "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(millisecond, 3))Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- 48 < 10
    }

    /// `value` (epoch milliseconds as a JSON number) truncated to a whole millisecond, or nil when it is not
    /// finite or beyond ±2⁵³ (no real time; `Int64(_:)` alone would trap on `1e300`).
    public static func milliseconds(_ value: Double) -> Int64? {
        DecimalParsing.wholeNumber(value)
    }
}
