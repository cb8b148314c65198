import ArgumentParser
import ColdVizCore
import ColdVizStats
import ColdVizSynth

/// A moment given as ISO 8601 (`2024-03-04T00:00:00Z`; no zone is UTC) or epoch digits.
struct TimeArgument: SettingValue, Equatable {
    /// Epoch seconds.
    var seconds: Int64

    static let expected = "be a time like 2024-03-04T00:00:00Z"

    init?(setting text: String) {
        guard let ms = Timestamp.parseMilliseconds(text) else { return nil }
        seconds = ms / 1000
    }

    /// `2024-03-04T00:00:00.000Z`.
    var iso8601: String { Timestamp.formatISO8601(milliseconds: seconds * 1000) }
}

/// A day (`2024-03-04`, UTC) kept as its midnight in epoch milliseconds.
struct DayArgument: SettingValue, Equatable {
    var midnightMilliseconds: Int64

    static let expected = "be a date like 2024-03-04"

    init?(setting text: String) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        guard let ms = Timestamp.parseMilliseconds(text + "T00:00:00Z") else { return nil }
        midnightMilliseconds = ms
    }
}

/// A size on disk such as `1GB`, `200MB` or `64KiB`, in bytes.
struct SizeArgument: SettingValue, Equatable {
    var bytes: Int64

    static let expected = "be a positive size such as 1GB, 200MB or 64KiB"

    init?(setting text: String) {
        guard let bytes = ByteSize.parse(text) else { return nil }
        self.bytes = bytes
    }
}

/// The statistics `compare` shows: `p50,p95,p99,mean`, or `rate` for the cold-start rate.
struct StatisticList: SettingValue, Equatable {
    var statistics: [Statistic]

    static let expected = "be a list of p50, p95, p99.9, mean or rate"

    init?(setting text: String) {
        let names = text.split(separator: ",")
        let list = names.compactMap { Statistic(comparedName: String($0)) }
        guard !list.isEmpty, list.count == names.count else { return nil }
        statistics = list
    }
}

/// How function names encode dimensions, e.g. `perf_{method}_Python{python}_{memory}`.
extension LabelPattern {
    /// Parses a flag's value, or throws the pattern's own message (which field or text is wrong).
    static func flag(_ name: String) -> @Sendable (String) throws -> LabelPattern {
        { text in
            do { return try LabelPattern(text) } catch { throw ValidationError("\(error)") }
        }
    }
}
