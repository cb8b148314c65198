/// What a number read from a log may be: one rule, applied to every record whatever reader made it
/// (``FileIngest/record(_:meta:)``), so that no format accepts what another calls malformed.
public enum Plausibility {
    /// A duration is finite, at least 0 and under a day (Lambda stops an invocation after 15 minutes).
    public static let maximumDurationMilliseconds = 86_400_000.0
    /// A memory size is at least 0 and under 1 TiB (Lambda offers at most 10,240 MB).
    public static let maximumMegabytes = 1 << 20

    /// Whether `milliseconds` is a plausible duration.
    public static func isDuration(_ milliseconds: Double) -> Bool {
        milliseconds >= 0 && milliseconds < maximumDurationMilliseconds
    }

    /// Why `record` cannot be used (a number is implausible, or a REPORT carries none), or nil. O(1).
    static func problem(in record: PlatformRecord) -> String? {
        switch record {
        case .report(let r):
            if r.durationMilliseconds == nil && r.billedDurationMilliseconds == nil && r.memorySizeMegabytes == nil
                && r.maxMemoryUsedMegabytes == nil && r.initDurationMilliseconds == nil && r.restoreDurationMilliseconds == nil
            {
                // `REPORT RequestId: x` cut in a console copy: counted warm, it would bias the cold-start rate.
                return "REPORT without any metric (Duration, Billed Duration, Memory Size, ...): a cut line?"
            }
            // Checked in this order, the first problem reported; no array is made for the millions of REPORTs.
            func duration(_ label: String, _ value: Double?) -> String? {
                guard let value, !isDuration(value) else { return nil }
                return durationProblem("REPORT", label, value)
            }
            func memory(_ label: String, _ value: Int?) -> String? {
                guard let value, value < 0 || value >= maximumMegabytes else { return nil }
                return "REPORT \(label) is \(value) MB, not a plausible memory size (0 to 1 TiB)"
            }
            return duration("Duration", r.durationMilliseconds)
                ?? duration("Billed Duration", r.billedDurationMilliseconds)
                ?? duration("Init Duration", r.initDurationMilliseconds)
                ?? duration("Restore Duration", r.restoreDurationMilliseconds)
                ?? duration("Billed Restore Duration", r.billedRestoreDurationMilliseconds)
                ?? memory("Memory Size", r.memorySizeMegabytes) ?? memory("Max Memory Used", r.maxMemoryUsedMegabytes)
        case .initReport(let r):
            if let value = r.durationMilliseconds, !isDuration(value) {
                return durationProblem("INIT_REPORT", "Init Duration", value)
            }
        case .restoreReport(let value?):
            if !isDuration(value) { return durationProblem("RESTORE_REPORT", "Restore Duration", value) }
        default:
            break
        }
        return nil
    }

    private static func durationProblem(_ kind: String, _ label: String, _ value: Double) -> String {
        "\(kind) \(label) is \(value) ms, not a plausible duration (finite, at least 0, under a day)"
    }
}
