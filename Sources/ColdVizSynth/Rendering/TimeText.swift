import ColdVizCore

/// Timestamp and number renderings shared by the formats.
enum TimeText {
    /// `2024-03-04T09:00:01.120Z`.
    static func iso(_ milliseconds: Int64) -> String { Timestamp.formatISO8601(milliseconds: milliseconds) }

    /// Logs Insights `@timestamp`: `2024-03-04 09:00:01.120`.
    static func insights(_ milliseconds: Int64) -> String {
        var s = iso(milliseconds)
        s.removeLast()
        return s.replacingOccurrences(of: "T", with: " ")
    }

    /// Powertools Logger: `2024-03-04 09:00:01,120+0000`.
    static func powertools(_ milliseconds: Int64) -> String {
        insights(milliseconds).replacingOccurrences(of: ".", with: ",") + "+0000"
    }

    /// Epoch seconds with 3 decimals (X-Ray service segments).
    static func seconds3(_ milliseconds: Int64) -> String {
        "\(milliseconds / 1000).\(pad(Int(milliseconds % 1000), 3))"
    }

    /// Hundredths as `12.34`.
    static func centis(_ c: Int) -> String { "\(c / 100).\(pad(c % 100, 2))" }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
