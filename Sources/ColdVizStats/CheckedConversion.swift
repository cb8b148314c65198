/// The one conversion of a `Double` taken from data to an integer. `Int(_:)` traps on NaN, ±∞ and values
/// out of range; data (logs, fuzzed inputs, extreme chart domains) can hold all three.
extension FixedWidthInteger {
    /// `value` rounded by `rule` when the result is representable, else nil. Never traps. O(1).
    @inlinable
    public init?(checked value: Double, rounding rule: FloatingPointRoundingRule = .towardZero) {
        guard value.isFinite else { return nil }
        self.init(exactly: value.rounded(rule))
    }
}
