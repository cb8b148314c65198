/// Sample-size conventions shared by every chart.
public enum SampleSize {
    /// Groups with fewer values than this are drawn but marked with "†" next to their n.
    public static let small = 10

    /// "zip (n=1,000)", or "zip (n=3†)" for a small group.
    public static func label(_ group: String, count: Int) -> String {
        "\(group) (\(countText(count)))"
    }

    /// "n=1,000", or "n=3†" below ``small``.
    public static func countText(_ count: Int) -> String {
        "n=" + NumberLabels.label(Double(count), decimals: 0) + (count < small ? "†" : "")
    }

    /// The note explaining "†", or `nil` when no count is small.
    public static func note(counts: [Int]) -> String? {
        counts.contains { $0 < small } ? "† fewer than \(small) samples: drawn, but read with care" : nil
    }
}
