/// Places legends inside the plot where they cover the least data (matplotlib's `loc="best"`).
enum LegendPlacement {
    /// Candidate rectangles in matplotlib's preference order: upper right, upper left, lower left,
    /// lower right, center right, center left, lower center, upper center, center.
    static func candidates(width: Double, height: Double, in plot: Rect, inset: Double) -> [Rect] {
        let l = plot.x + inset
        let r = plot.maxX - inset - width
        let t = plot.y + inset
        let bo = plot.maxY - inset - height
        let cx = plot.x + (plot.width - width) / 2
        let cy = plot.y + (plot.height - height) / 2
        let corners: [(Double, Double)] = [(r, t), (l, t), (l, bo), (r, bo), (r, cy), (l, cy), (cx, bo), (cx, t), (cx, cy)]
        return corners.map { Rect(x: $0.0, y: $0.1, width: width, height: height) }
    }

    /// The candidate with the lowest `cost`, excluding overlap with `taken` rectangles (a strongly
    /// penalised overlap); ties go to the earlier candidate. O(candidates × cost).
    static func best(width: Double, height: Double, in plot: Rect, inset: Double, taken: [Rect], cost: (Rect) -> Double) -> Rect {
        let all = candidates(width: width, height: height, in: plot, inset: inset)
        var bestRect = all[0]
        var bestCost = Double.infinity
        for c in all {
            let penalty = taken.reduce(0.0) { $0 + ($1.intersects(c) ? 1e12 + $1.overlapArea(c) * 1e6 : 0) }
            let total = cost(c) + penalty
            if total < bestCost {
                bestCost = total
                bestRect = c
            }
        }
        return bestRect
    }

    /// Whether legends of these sizes fit inside `plot` without hiding most of it.
    static func fitsInside(_ sizes: [(width: Double, height: Double)], plot: Rect) -> Bool {
        let totalHeight = sizes.map(\.height).reduce(0, +)
        let widest = sizes.map(\.width).max() ?? 0
        return widest <= plot.width * 0.5
            && (sizes.count < 2 ? totalHeight <= plot.height * 0.9 : totalHeight <= plot.height * 1.6)
            && sizes.allSatisfy { $0.height <= plot.height * 0.9 }
    }
}
