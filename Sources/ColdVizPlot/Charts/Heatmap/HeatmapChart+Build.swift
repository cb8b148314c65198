import ColdVizStats

extension HeatmapChart {
    /// The statistic and count of every row × column pair.
    public struct Built: Hashable, Sendable {
        /// `values[row][column]`, `nil` where there is no data.
        public var values: [[Double?]]
        /// `counts[row][column]`: finite values per pair.
        public var counts: [[Int]]
    }

    /// Computes the statistic per pair; values of cells naming the same pair are pooled, cells
    /// naming unknown rows or columns are ignored. O(n log n) for percentiles, O(n) otherwise.
    public func build() -> Built {
        var pooled = [[[Double]]](repeating: [[Double]](repeating: [], count: columns.count), count: rows.count)
        let rowIndex = Dictionary(rows.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let columnIndex = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for cell in cells {
            guard let r = rowIndex[cell.row], let c = columnIndex[cell.column] else { continue }
            pooled[r][c] += cell.values.filter(\.isFinite)
        }
        let values = pooled.map { row in
            row.map { v -> Double? in
                v.isEmpty ? nil : statistic.value(v)
            }
        }
        return Built(values: values, counts: pooled.map { $0.map(\.count) })
    }
}
