/// Calendar fields of an instant in UTC, computed without Foundation (Howard Hinnant's
/// `civil_from_days`), so labels do not depend on the machine's time zone.
struct UTCDate: Hashable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    var millisecond: Int

    init(millisecondsSinceEpoch ms: Int64) {
        let msPerDay: Int64 = 86_400_000
        var days = ms / msPerDay
        var rem = ms % msPerDay
        if rem < 0 {
            rem += msPerDay
            days -= 1
        }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = Int(yoe + era * 400 + (m <= 2 ? 1 : 0))
        month = Int(m)
        day = Int(d)
        hour = Int(rem / 3_600_000)
        minute = Int(rem / 60_000 % 60)
        second = Int(rem / 1000 % 60)
        millisecond = Int(rem % 1000)
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// "YYYY-MM-DD".
    var dateString: String { "\(UTCDate.pad(year, 4))-\(UTCDate.pad(month, 2))-\(UTCDate.pad(day, 2))" }

    /// "HH:MM:SS" followed by `fractionDigits` digits of the second.
    func timeString(fractionDigits: Int) -> String {
        var s = "\(UTCDate.pad(hour, 2)):\(UTCDate.pad(minute, 2)):\(UTCDate.pad(second, 2))"
        if fractionDigits > 0 { s += "." + String(UTCDate.pad(millisecond, 3).prefix(fractionDigits)) }
        return s
    }
}
