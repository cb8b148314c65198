extension Timestamp {
    /// A cursor over the bytes of one timestamp candidate.
    struct Cursor {
        let bytes: UnsafeRawBufferPointer
        var index = 0

        /// True (and consumed) when the next byte is `byte`.
        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// Exactly `count` decimal digits as a number, or nil (nothing consumed).
        mutating func number(digits count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for position in index..<(index + count) {
                guard Timestamp.isDigit(bytes[position]) else { return nil }
                value = value * 10 + Int(bytes[position] &- 48)
            }
            index += count
            return value
        }
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Parses the longest text timestamp at the start of `bytes`.
    static func parseText(_ bytes: UnsafeRawBufferPointer) -> (milliseconds: Int64, length: Int)? {
        var cursor = Cursor(bytes: bytes)
        let year: Int
        let month: Int
        let day: Int
        if bytes.count >= 5, isDigit(bytes[0]), isDigit(bytes[1]), bytes[2] == UInt8(ascii: " ") {
            guard let parsedDay = cursor.number(digits: 2), cursor.take(UInt8(ascii: " ")),
                let parsedMonth = monthNumber(&cursor), cursor.take(UInt8(ascii: " ")),
                let parsedYear = cursor.number(digits: 4), cursor.take(UInt8(ascii: " "))
            else { return nil }
            (year, month, day) = (parsedYear, parsedMonth, parsedDay)
        } else {
            guard let parsedYear = cursor.number(digits: 4), cursor.index < bytes.count else { return nil }
            let separator = bytes[cursor.index]
            guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") else { return nil }
            cursor.index += 1
            guard let parsedMonth = cursor.number(digits: 2), cursor.take(separator),
                let parsedDay = cursor.number(digits: 2)
            else { return nil }
            let dateTimeSeparatorOK =
                cursor.take(UInt8(ascii: " "))
                || (separator == UInt8(ascii: "-") && (cursor.take(UInt8(ascii: "T")) || cursor.take(UInt8(ascii: "t"))))
            guard dateTimeSeparatorOK else { return nil }
            (year, month, day) = (parsedYear, parsedMonth, parsedDay)
        }
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysInMonth(year: year, month: month),
            let hour = cursor.number(digits: 2), hour <= 23, cursor.take(UInt8(ascii: ":")),
            let minute = cursor.number(digits: 2), minute <= 59, cursor.take(UInt8(ascii: ":")),
            let second = cursor.number(digits: 2), second <= 60
        else { return nil }
        let millisecond = fractionMilliseconds(&cursor)
        guard let zoneOffsetMinutes = zoneOffset(&cursor) else { return nil }
        let days = Int64(CivilDate.days(year: year, month: month, day: day))
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(zoneOffsetMinutes * 60)
        return (seconds * 1000 + Int64(millisecond), cursor.index)
    }

    /// Reads `.digits` or `,digits` and returns the whole milliseconds they hold (truncated); 0 without a fraction.
    private static func fractionMilliseconds(_ cursor: inout Cursor) -> Int {
        let bytes = cursor.bytes
        guard cursor.index + 1 < bytes.count,
            bytes[cursor.index] == UInt8(ascii: ".") || bytes[cursor.index] == UInt8(ascii: ","),
            isDigit(bytes[cursor.index + 1])
        else { return 0 }
        cursor.index += 1
        var milliseconds = 0
        var digits = 0
        while cursor.index < bytes.count, isDigit(bytes[cursor.index]) {
            if digits < 3 { milliseconds = milliseconds * 10 + Int(bytes[cursor.index] &- 48) }
            digits += 1
            cursor.index += 1
        }
        for _ in min(digits, 3)..<3 { milliseconds *= 10 }
        return milliseconds
    }

    /// Reads `Z`, `±HH:MM`, `±HHMM` or `±HH` and returns the offset east of UTC in minutes; 0 without a zone;
    /// nil for a malformed zone.
    private static func zoneOffset(_ cursor: inout Cursor) -> Int? {
        if cursor.take(UInt8(ascii: "Z")) || cursor.take(UInt8(ascii: "z")) { return 0 }
        let sign: Int
        if cursor.take(UInt8(ascii: "+")) {
            sign = 1
        } else if cursor.take(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return 0
        }
        guard let hours = cursor.number(digits: 2), hours <= 23 else { return nil }
        var minutes = 0
        if cursor.take(UInt8(ascii: ":")) {
            guard let parsed = cursor.number(digits: 2) else { return nil }
            minutes = parsed
        } else if let parsed = cursor.number(digits: 2) {
            minutes = parsed
        }
        guard minutes <= 59 else { return nil }
        return sign * (hours * 60 + minutes)
    }

    /// Reads an English three-letter month abbreviation (any case).
    private static func monthNumber(_ cursor: inout Cursor) -> Int? {
        guard cursor.index + 3 <= cursor.bytes.count else { return nil }
        let letters = (0..<3).map { Character(Unicode.Scalar(cursor.bytes[cursor.index + $0] | 0x20)) }
        guard let index = monthNames.firstIndex(of: String(letters)) else { return nil }
        cursor.index += 3
        return index + 1
    }

    /// Epoch seconds (10 digits), ms (13), µs (16) or ns (19), optionally with a fraction, as epoch ms.
    static func parseEpochDigits(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        var integerDigits = 0
        var value: UInt64 = 0
        while integerDigits < bytes.count, isDigit(bytes[integerDigits]) {
            value = value &* 10 &+ UInt64(bytes[integerDigits] &- 48)
            integerDigits += 1
        }
        guard [10, 13, 16, 19].contains(integerDigits) else { return nil }
        var fractionMilliseconds: UInt64 = 0
        if integerDigits < bytes.count {
            guard bytes[integerDigits] == UInt8(ascii: "."), integerDigits + 1 < bytes.count else { return nil }
            var digits = 0
            for position in (integerDigits + 1)..<bytes.count {
                guard isDigit(bytes[position]) else { return nil }
                if digits < 3 { fractionMilliseconds = fractionMilliseconds * 10 + UInt64(bytes[position] &- 48) }
                digits += 1
            }
            for _ in min(digits, 3)..<3 { fractionMilliseconds *= 10 }
        }
        switch integerDigits {
        case 10: return Int64(value * 1000 + fractionMilliseconds)
        case 13: return Int64(value)
        case 16: return Int64(value / 1000)
        default: return Int64(value / 1_000_000)
        }
    }
}
