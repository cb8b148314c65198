/// Number formats for people: thousands separators, fixed decimals.
enum NumberFormatting {
    /// `2951.27` → `2,951.3` with `decimals` fraction digits.
    static func grouped(_ v: Double, decimals: Int = 1) -> String {
        guard v.isFinite, abs(v) * pow10(decimals) < 1e18 else { return v.isFinite ? String(v) : "—" }
        var scaled = (abs(v) * pow10(decimals)).rounded()
        var fraction = ""
        if decimals > 0 {
            var digits = ""
            for _ in 0..<decimals {
                digits = String(Int(scaled.truncatingRemainder(dividingBy: 10))) + digits
                scaled = (scaled / 10).rounded(.towardZero)
            }
            fraction = "." + digits
        }
        var integer = String(Int64(scaled))
        var groupedInteger = ""
        while integer.count > 3 {
            groupedInteger = "," + integer.suffix(3) + groupedInteger
            integer.removeLast(3)
        }
        let sign = v < 0 && (abs(v) * pow10(decimals)).rounded() > 0 ? "-" : ""
        return sign + integer + groupedInteger + fraction
    }

    /// Milliseconds for tables: whole above 100 (`2,951`), one decimal below (`55.1`).
    static func milliseconds(_ v: Double) -> String { grouped(v, decimals: abs(v) >= 100 ? 0 : 1) }

    /// `0.349` → `34.9%`.
    static func percent(_ v: Double) -> String { grouped(v * 100, decimals: 1) + "%" }

    private static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }
}
