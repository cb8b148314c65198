/// Invocations with their dimension values, for charts and exports.
public struct LabeledDataset: Sendable {
    /// The dataset whose invocations were labelled, unchanged (its failed inits are not labelled here).
    public var dataset: Dataset
    /// Dimension values of `dataset.invocations[i]`.
    public var labels: Labels { Labels(distinct: distinctLabels, index: labelIndex) }
    /// Whether the label pattern matched at least one function name.
    public var patternMatched: Bool
    /// The bursts and deployments the `burst` and `deploy` dimensions were drawn from.
    public let time: TimeLabels
    /// The distinct label sets, and for each invocation the index of its own (`labels[i]` is
    /// `distinctLabels[labelIndex[i]]`): group names are made once per distinct set, and an invocation
    /// costs 4 bytes, not a dictionary reference and an index.
    private let distinctLabels: [[Dimension: String]]
    private let labelIndex: [UInt32]

    /// The dimension values of every invocation, by invocation index.
    public struct Labels: RandomAccessCollection, Sendable {
        fileprivate let distinct: [[Dimension: String]]
        fileprivate let index: [UInt32]
        /// 0: positions are invocation indices.
        public var startIndex: Int { 0 }
        /// The number of invocations labelled (`dataset.invocations.count`).
        public var endIndex: Int { index.count }
        /// The dimension values of invocation `i` (its label set's, made once per distinct set). O(1).
        public subscript(i: Int) -> [Dimension: String] { distinct[Int(index[i])] }
    }

    /// Labels every invocation; without `withTime`, `burst` and `deploy` are left `unknown` (charts that
    /// group by neither need not multiply their label sets by the bursts). O(n log n).
    public init(_ dataset: Dataset, labeler: Labeler, withTime: Bool = true) {
        self.dataset = dataset
        (distinctLabels, labelIndex, time) = labeler.distinctDimensions(of: dataset, withTime: withTime)
        patternMatched = distinctLabels.contains { labeler.patternMatches($0[.function] ?? "") }
    }

    /// The group name of every invocation under `dimensions` (its values joined by " / "). O(n).
    public func groupNames(by dimensions: [Dimension]) -> [String] {
        let (keys, slot) = groupSlots(by: dimensions)
        let names = keys.map(\.name)
        return slot.map { names[Int($0)] }
    }

    /// The distinct groups under `dimensions` (in order of first appearance) and, for every invocation,
    /// the index of its group. O(n).
    public func groupSlots(by dimensions: [Dimension]) -> (keys: [GroupKey], slot: [UInt32]) {
        var slots = GroupSlots()
        let slotOfLabels = distinctLabels.map { UInt32(slots.slot(GroupKey($0, by: dimensions))) }
        return (slots.keys, labelIndex.map { slotOfLabels[Int($0)] })
    }

    /// The grouping used when none is asked for: `method` when the pattern matched, else `function`.
    public var defaultGrouping: [Dimension] { patternMatched ? [.method] : [.function] }

    /// Indices of the invocations matching `category` (all when nil), grouped by name, names in
    /// natural order. O(n log n).
    public func groups(by dimensions: [Dimension], category: StartCategory? = .cold) -> [(name: String, indices: [Int])] {
        let (keys, slot) = groupSlots(by: dimensions)
        let names = keys.map(\.name)
        var bySlot = [[Int]](repeating: [], count: names.count)
        for i in dataset.invocations.indices where category == nil || dataset.invocations[i].category == category {
            bySlot[Int(slot[i])].append(i)
        }
        return names.indices.filter { !bySlot[$0].isEmpty }.sorted { NaturalOrder.less(names[$0], names[$1]) }
            .map { (names[$0], bySlot[$0]) }
    }
}
