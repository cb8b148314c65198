/// Invocations with their dimension values, for charts and exports.
public struct LabeledDataset: Sendable {
    public var dataset: Dataset
    /// Dimension values of `dataset.invocations[i]`.
    public var labels: [[Dimension: String]]
    /// Whether the label pattern matched at least one function name.
    public var patternMatched: Bool

    /// Labels every invocation. O(n).
    public init(_ dataset: Dataset, labeler: Labeler) {
        self.dataset = dataset
        labels = labeler.dimensions(of: dataset.invocations, files: dataset.files)
        patternMatched = labels.contains { labeler.patternMatches($0[.function] ?? "") }
    }

    /// The grouping used when none is asked for: `method` when the pattern matched, else `function`.
    public var defaultGrouping: [Dimension] { patternMatched ? [.method] : [.function] }

    /// The group name of invocation `i` under `dimensions` (values joined by " / ").
    public func groupName(_ i: Int, by dimensions: [Dimension]) -> String {
        dimensions.map { labels[i][$0] ?? Dimension.unknown }.joined(separator: " / ")
    }

    /// Indices of the invocations matching `category` (all when nil), grouped by name, names in
    /// natural order. O(n log n).
    public func groups(by dimensions: [Dimension], category: StartCategory? = .cold) -> [(name: String, indices: [Int])] {
        var byName: [String: [Int]] = [:]
        for i in dataset.invocations.indices where category == nil || dataset.invocations[i].category == category {
            byName[groupName(i, by: dimensions), default: []].append(i)
        }
        return byName.keys.sorted(by: NaturalOrder.less).map { ($0, byName[$0]!) }
    }
}
