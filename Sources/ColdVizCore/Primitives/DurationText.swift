import ColdVizStats

/// Durations as users write them: `60s`, `5m`, `1h`, `250ms`, or a bare number of seconds.
public enum DurationText {
    /// Milliseconds, or nil when the text is not a positive duration.
    public static func milliseconds(_ text: String) -> Int64? {
        let units: [(String, Double)] = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let v = Double(text.dropLast(suffix.count)), v > 0 else { return nil }
            return Int64(checked: v * scale, rounding: .toNearestOrAwayFromZero)
        }
        guard let v = Double(text), v > 0 else { return nil }
        return Int64(checked: v * 1000, rounding: .toNearestOrAwayFromZero)
    }
}
