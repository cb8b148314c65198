/// Invocations with their dimension values, for charts and exports.
public struct LabeledDataset: Sendable {
    public var dataset: Dataset
    /// Dimension values of `dataset.invocations[i]`.
    public var labels: [[Dimension: String]]
    /// Whether the label pattern matched at least one function name.
    public var patternMatched: Bool
    /// The distinct label sets, and for each invocation the index of its own (`labels[i]` is
    /// `distinctLabels[labelIndex[i]]`): group names are made once per distinct set.
    private let distinctLabels: [[Dimension: String]]
    private let labelIndex: [Int]

    /// Labels every invocation. O(n).
    public init(_ dataset: Dataset, labeler: Labeler) {
        self.dataset = dataset
        (distinctLabels, labelIndex) = labeler.distinctDimensions(of: dataset.invocations, files: dataset.files)
        labels = labelIndex.map { [distinctLabels] in distinctLabels[$0] }
        patternMatched = distinctLabels.contains { labeler.patternMatches($0[.function] ?? "") }
    }

    /// The group name of every invocation under `dimensions` (its values joined by " / "). O(n).
    public func groupNames(by dimensions: [Dimension]) -> [String] {
        let (names, slot) = groupSlots(by: dimensions)
        return slot.map { names[$0] }
    }

    /// The distinct group names under `dimensions` (values joined by " / ", in order of first appearance)
    /// and, for every invocation, the index of its group's name. O(n).
    public func groupSlots(by dimensions: [Dimension]) -> (names: [String], slot: [Int]) {
        var names: [String] = []
        var slotOfName: [String: Int] = [:]
        let slotOfLabels = distinctLabels.map { labels in
            let name = dimensions.map { labels[$0] ?? Dimension.unknown }.joined(separator: " / ")
            if let s = slotOfName[name] { return s }
            names.append(name)
            slotOfName[name] = names.count - 1
            return names.count - 1
        }
        return (names, labelIndex.map { slotOfLabels[$0] })
    }

    /// The grouping used when none is asked for: `method` when the pattern matched, else `function`.
    public var defaultGrouping: [Dimension] { patternMatched ? [.method] : [.function] }

    /// Indices of the invocations matching `category` (all when nil), grouped by name, names in
    /// natural order. O(n log n).
    public func groups(by dimensions: [Dimension], category: StartCategory? = .cold) -> [(name: String, indices: [Int])] {
        var byName: [String: [Int]] = [:]
        let names = groupNames(by: dimensions)
        for i in dataset.invocations.indices where category == nil || dataset.invocations[i].category == category {
            byName[names[i], default: []].append(i)
        }
        return byName.keys.sorted(by: NaturalOrder.less).map { ($0, byName[$0]!) }
    }
}
