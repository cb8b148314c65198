import ColdVizStats

extension CompareChart {
    /// The move of one percentile of one group.
    public struct Shift: Hashable, Sendable {
        /// Probability in (0, 1).
        public var probability: Double
        /// Type 7 percentile before and after (Hyndman & Fan; numpy's default).
        public var before: Double
        public var after: Double

        /// (after - before) / |before|, nil when before is 0.
        public var relativeChange: Double? { before == 0 ? nil : (after - before) / abs(before) }
    }

    /// One group built: both step functions and the shifts (empty when a side is empty).
    public struct Built: Hashable, Sendable {
        public var before: ECDFChart.Steps
        public var after: ECDFChart.Steps
        public var shifts: [Shift]
    }

    /// ECDFs of both sides (as ``ECDFChart``) and the shift of each of ``shiftProbabilities``.
    /// O(n log n) per group.
    public func build() -> [Built] {
        let ecdf = ECDFChart(
            series: series.flatMap { [.init(group: $0.group, values: $0.before), .init(group: $0.group, values: $0.after)] },
            colors: colors, xScale: xScale)
        let steps = ecdf.build()
        return series.indices.map { i in
            let a = RadixSort.sorted(series[i].before.filter(\.isFinite))
            let b = RadixSort.sorted(series[i].after.filter(\.isFinite))
            let shifts =
                a.isEmpty || b.isEmpty
                ? []
                : shiftProbabilities.map {
                    Shift(
                        probability: $0, before: Quantile.type7(sorted: a, probability: $0),
                        after: Quantile.type7(sorted: b, probability: $0))
                }
            return Built(before: steps[2 * i], after: steps[2 * i + 1], shifts: shifts)
        }
    }

    /// `image: p50 +30%, p95 +28% (n=120→120)`.
    static func legendLabel(_ group: String, _ built: Built) -> String {
        let shifts = built.shifts.map { s -> String in
            let name =
                "p"
                + NumberLabels.label(
                    s.probability * 100, decimals: s.probability * 100 == (s.probability * 100).rounded() ? 0 : 1)
            guard let r = s.relativeChange else { return name + " —" }
            let pct = NumberLabels.label(abs(r) * 100, decimals: abs(r) < 0.1 ? 1 : 0)
            return name + " " + (r > 0 ? "+" : r < 0 ? "−" : "±") + pct + "%"
        }
        let counts = SampleSize.countText(built.before.count) + "→" + SampleSize.countText(built.after.count).dropFirst(2)
        return group + ": " + (shifts.isEmpty ? "" : shifts.joined(separator: ", ") + " ") + "(\(counts))"
    }
}
