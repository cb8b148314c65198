import Foundation

/// Ticks for time axes in UTC at calendar steps.
public enum TimeTicks {
    /// Candidate steps in milliseconds: sub-second 1-2-5 steps, 1/2/5/10/15/30 s,
    /// 1/2/5/10/15/30 min, 1/2/3/6/12 h, then 1/2/7/14/28 days and 1-2-5 multiples beyond.
    static let stepsMilliseconds: [Int64] = {
        var s: [Int64] = [1, 2, 5, 10, 20, 50, 100, 200, 500]
        s += [1, 2, 5, 10, 15, 30].map { $0 * 1000 }
        s += [1, 2, 5, 10, 15, 30].map { $0 * 60_000 }
        s += [1, 2, 3, 6, 12].map { $0 * 3_600_000 }
        s += [1, 2, 7, 14, 28, 56, 112, 224, 448].map { $0 * 86_400_000 }
        s += [1_000, 2_000, 5_000, 10_000, 20_000, 50_000].map { $0 * 86_400_000 }
        return s
    }()

    /// A fitted time axis: its domain (seconds since the epoch), ticks and a caption of the date.
    public struct Fit: Hashable, Sendable {
        /// Domain lower bound in seconds since 1970-01-01T00:00:00Z.
        public var lowerSeconds: Double
        /// Domain upper bound in seconds since 1970-01-01T00:00:00Z.
        public var upperSeconds: Double
        /// Ticks at whole multiples of the chosen step, counted from midnight UTC.
        public var ticks: [Tick]
        /// The chosen step in milliseconds.
        public var stepMilliseconds: Int64
        /// "2023-11-27" when the labels show only clock times, else `nil`.
        public var dateCaption: String?

        /// The domain as a linear scale.
        public var scale: NumericScale { NumericScale(kind: .linear, lower: lowerSeconds, upper: upperSeconds) }
    }

    /// Fits a UTC time axis to instants spanning `lower...upper` (seconds since the epoch).
    ///
    /// Pads the span by `padding` on each side (equal instants are widened by one second each
    /// way), then picks the smallest calendar step giving at most `targetCount` ticks. Labels are
    /// "HH:MM:SS" (with milliseconds when the step is below a second) while the span is under a
    /// day, "MM-DD HH:MM" for longer spans with sub-day steps, and "YYYY-MM-DD" for day steps.
    /// O(number of ticks).
    public static func fit(lower: Double?, upper: Double?, targetCount: Int = 6, padding: Double = 0.02) -> Fit {
        var lo = lower ?? 0
        var hi = upper ?? 0
        // Beyond ±10^12 s (year 33,658) milliseconds leave the checked Int64 range of the tick search.
        if !lo.isFinite || !hi.isFinite || max(abs(lo), abs(hi)) > 1e12 { lo = 0; hi = 0 }
        if lo > hi { swap(&lo, &hi) }
        if lo == hi {
            lo -= 1
            hi += 1
        } else {
            let span = hi - lo
            lo -= span * padding
            hi += span * padding
        }
        let loMs = Int64((lo * 1000).rounded(.down))
        let hiMs = Int64((hi * 1000).rounded(.up))
        // Tick indices from the unrounded bounds, so ticks never fall outside the domain.
        func firstIndex(_ s: Int64) -> Int64 { Int64((lo * 1000 / Double(s)).rounded(.up)) }
        func lastIndex(_ s: Int64) -> Int64 { Int64((hi * 1000 / Double(s)).rounded(.down)) }
        let target = Int64(max(2, targetCount))
        var step = stepsMilliseconds.last!
        for s in stepsMilliseconds {
            if lastIndex(s) - firstIndex(s) + 1 <= target {
                step = s
                break
            }
        }
        let first = firstIndex(step)
        let last = lastIndex(step)
        let spanMs = hiMs - loMs
        let fraction = step >= 1000 ? 0 : (step % 100 == 0 ? 1 : (step % 10 == 0 ? 2 : 3))
        var ticks: [Tick] = []
        var caption: String?
        if first <= last {
            for i in first...last {
                let ms = i * step
                let date = UTCDate(millisecondsSinceEpoch: ms)
                let label: String
                if spanMs < 86_400_000 {
                    label = date.timeString(fractionDigits: fraction)
                } else if step >= 86_400_000 {
                    label = date.dateString
                } else {
                    label =
                        "\(UTCDate.pad(date.month, 2))-\(UTCDate.pad(date.day, 2)) \(UTCDate.pad(date.hour, 2)):\(UTCDate.pad(date.minute, 2))"
                }
                ticks.append(Tick(value: Double(ms) / 1000, label: label))
            }
        }
        if spanMs < 86_400_000 {
            let a = UTCDate(millisecondsSinceEpoch: loMs).dateString
            let b = UTCDate(millisecondsSinceEpoch: hiMs).dateString
            caption = a == b ? a : a + " – " + b
        }
        return Fit(lowerSeconds: lo, upperSeconds: hi, ticks: ticks, stepMilliseconds: step, dateCaption: caption)
    }
}
