import ColdVizStats

extension ECDFChart {
    /// The steps of one ECDF: distinct sorted values and F at each, F(x) = #{x_i <= x} / n.
    public struct Steps: Hashable, Sendable {
        /// Distinct values, ascending.
        public var values: [Double]
        /// F at each value (right-continuous: the jump is included), last = 1.
        public var fractions: [Double]
        /// Number of finite values.
        public var count: Int
    }

    /// The right-continuous ECDF of each series (ties give one jump). O(n log n) for the sort.
    public func build() -> [Steps] {
        series.map { s in
            let sorted = RadixSort.sorted(s.values.filter { $0.isFinite && (xScale == .linear || $0 > 0) })
            var values: [Double] = []
            var fractions: [Double] = []
            let n = Double(sorted.count)
            for (i, v) in sorted.enumerated() {
                if i + 1 < sorted.count && sorted[i + 1] == v { continue }
                values.append(v)
                fractions.append(Double(i + 1) / n)
            }
            return Steps(values: values, fractions: fractions, count: s.values.filter(\.isFinite).count)
        }
    }
}
