/// An icicle chart of an aggregated Python import tree (`python -X importtime`): each node is a
/// box whose width is proportional to its (median) cumulative import time, its children in the
/// row below, inside its span, costliest first; the gap right of the children is the node's
/// self time. Boxes are coloured by top-level package ("numpy" for "numpy.core.multiarray") and
/// labelled where the label fits ("numpy 97 ms").
public struct ImportTreeChart: Chart {
    /// One module of the aggregated import tree.
    public struct Node: Hashable, Sendable {
        /// Dotted module name, e.g. "numpy.core.multiarray".
        public var name: String
        /// The statistic (the median by default) of the module's cumulative import time in ms,
        /// its own import included.
        public var cumulativeMilliseconds: Double
        /// The statistic of the module's self time in ms (its body, without the imports below).
        public var selfMilliseconds: Double
        /// Modules imported while this one was imported.
        public var children: [Node]

        /// Creates a node.
        public init(name: String, cumulativeMilliseconds: Double, selfMilliseconds: Double, children: [Node] = []) {
            self.name = name
            self.cumulativeMilliseconds = cumulativeMilliseconds
            self.selfMilliseconds = selfMilliseconds
            self.children = children
        }
    }

    /// Top-level imports, in any order (drawn costliest first).
    public var roots: [Node]
    /// Chart title.
    public var title: String
    /// Deepest level drawn (1 = roots only); deeper nodes are counted in a note.
    public var maxDepth: Int
    /// x axis title with unit.
    public var xTitle: String

    /// Creates the chart; `maxDepth` below 1 is treated as 1.
    public init(
        roots: [Node], title: String = "Python Import Tree (median cumulative time)", maxDepth: Int = 8,
        xTitle: String = "Cumulative import time (ms)"
    ) {
        self.roots = roots
        self.title = title
        self.maxDepth = max(1, maxDepth)
        self.xTitle = xTitle
    }

    /// The top-level package of a dotted module name: "numpy" for "numpy.core.multiarray".
    static func package(of name: String) -> String {
        String(name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? Substring(name))
    }

    /// Okabe-Ito without black, blue first: the colours of the costliest packages.
    static let packagePalette: [Color] = [
        0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442,
    ].map { Color(hex: $0) }
}
