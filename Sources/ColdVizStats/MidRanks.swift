/// Mid-ranks (average ranks for ties, 1-based) of a sample, with the tie term of the
/// Mann-Whitney variance, as `scipy.stats.rankdata(method='average')`.
struct MidRanks {
    /// The rank of each value, in input order.
    var ranks: [Double]
    /// sum over groups of tied values of t^3 - t, t the group size.
    var tieTerm: Double
    /// True when some value occurs more than once.
    var hasTies: Bool

    /// Ranks `values`. O(n log n).
    init(_ values: [Double]) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        ranks = [Double](repeating: 0, count: values.count)
        tieTerm = 0
        hasTies = false
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] {
                end += 1
            }
            let averageRank = Double(start + end + 2) / 2
            for position in start...end { ranks[order[position]] = averageRank }
            let tieSize = Double(end - start + 1)
            tieTerm += tieSize * tieSize * tieSize - tieSize
            if end > start { hasTies = true }
            start = end + 1
        }
    }
}
