extension ImportTreeChart {
    /// One laid-out box of the icicle, in milliseconds along the x axis.
    public struct Cell: Hashable, Sendable {
        /// Dotted module name.
        public var name: String
        /// Top-level package (the name up to its first ".").
        public var package: String
        /// Row: 0 for the roots.
        public var depth: Int
        /// Left edge in ms from the start of the first root.
        public var startMilliseconds: Double
        /// Drawn width in ms: the cumulative time, shrunk when siblings overflow their parent.
        public var widthMilliseconds: Double
        /// The node's cumulative time as given (0 for non-finite or negative input).
        public var cumulativeMilliseconds: Double
        /// Index of the parent cell, `nil` for a root.
        public var parent: Int?
    }

    /// The laid-out tree.
    public struct Built: Hashable, Sendable {
        /// Cells in pre-order (a parent before its children, costliest child first).
        public var cells: [Cell]
        /// Sum of the roots' cumulative times: the x axis length.
        public var totalMilliseconds: Double
        /// Number of rows drawn (at most ``ImportTreeChart/maxDepth``).
        public var depthCount: Int
        /// Nodes below ``ImportTreeChart/maxDepth``, left out.
        public var hiddenNodeCount: Int
        /// Parents whose children's times add up to more than their own (medians need not add
        /// up); their children are scaled down to fill exactly the parent's width.
        public var scaledParentCount: Int
    }

    /// Lays out the icicle: roots side by side, costliest first (ties by name); each node's
    /// children start at its left edge, costliest first, each `cumulative × (parent width /
    /// parent cumulative)` wide, or scaled to fill the parent when they would overflow it.
    /// O(n log n) for n nodes.
    public func build() -> Built {
        var cells: [Cell] = []
        var hidden = 0
        var scaled = 0
        var deepest = 0
        func value(_ v: Double) -> Double { v.isFinite ? max(0, v) : 0 }
        func ordered(_ nodes: [Node]) -> [Node] {
            nodes.sorted { a, b in
                let va = value(a.cumulativeMilliseconds), vb = value(b.cumulativeMilliseconds)
                return va != vb ? va > vb : a.name < b.name
            }
        }
        func count(_ node: Node) -> Int { 1 + node.children.reduce(0) { $0 + count($1) } }
        func place(_ node: Node, depth: Int, start: Double, width: Double, parent: Int?) {
            guard depth < maxDepth else {
                hidden += count(node)
                return
            }
            let cumulative = value(node.cumulativeMilliseconds)
            cells.append(
                Cell(
                    name: node.name, package: ImportTreeChart.package(of: node.name), depth: depth, startMilliseconds: start,
                    widthMilliseconds: width, cumulativeMilliseconds: cumulative, parent: parent))
            deepest = max(deepest, depth + 1)
            let index = cells.count - 1
            let children = ordered(node.children)
            let childSum = children.reduce(0) { $0 + value($1.cumulativeMilliseconds) }
            guard childSum > 0 else {
                for c in children { place(c, depth: depth + 1, start: start + width, width: 0, parent: index) }
                return
            }
            var factor = cumulative > 0 ? width / cumulative : 0
            if childSum > cumulative * (1 + 1e-9) {
                factor = width / childSum
                scaled += 1
            }
            var x = start
            for c in children {
                let w = value(c.cumulativeMilliseconds) * factor
                place(c, depth: depth + 1, start: x, width: w, parent: index)
                x += w
            }
        }
        var x = 0.0
        for root in ordered(roots) {
            let w = value(root.cumulativeMilliseconds)
            place(root, depth: 0, start: x, width: w, parent: nil)
            x += w
        }
        return Built(cells: cells, totalMilliseconds: x, depthCount: deepest, hiddenNodeCount: hidden, scaledParentCount: scaled)
    }
}
