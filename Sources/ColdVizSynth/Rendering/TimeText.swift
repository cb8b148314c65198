import ColdVizCore

/// Timestamp and number renderings shared by the formats.
enum TimeText {
    /// `2024-03-04T09:00:01.120Z`.
    static func iso(_ milliseconds: Int64) -> String { Timestamp.formatISO8601(milliseconds: milliseconds) }

    /// Logs Insights `@timestamp`: `2024-03-04 09:00:01.120`.
    static func insights(_ milliseconds: Int64) -> String {
        swapping(iso(milliseconds), UInt8(ascii: "T"), UInt8(ascii: " "), dropLast: true)
    }

    /// Powertools Logger: `2024-03-04 09:00:01,120+0000`.
    static func powertools(_ milliseconds: Int64) -> String {
        swapping(insights(milliseconds), UInt8(ascii: "."), UInt8(ascii: ","), dropLast: false) + "+0000"
    }

    /// Epoch seconds with 3 decimals (X-Ray service segments).
    static func seconds3(_ milliseconds: Int64) -> String {
        "\(milliseconds / 1000).\(pad(Int(milliseconds % 1000), 3))"
    }

    /// Hundredths as `12.34`.
    static func centis(_ c: Int) -> String { "\(c / 100).\(pad(c % 100, 2))" }

    /// `text` with every ASCII byte `from` replaced by `to`, optionally without its last byte.
    private static func swapping(_ text: String, _ from: UInt8, _ to: UInt8, dropLast: Bool) -> String {
        var bytes = Array(text.utf8)
        if dropLast { bytes.removeLast() }
        for i in bytes.indices where bytes[i] == from { bytes[i] = to }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
