import ColdVizStats
import Foundation

/// What `coldviz analyze` computes: per-group statistics over a labelled dataset.
public struct Analysis: Sendable {
    public var dataset: Dataset
    public var groupBy: [Dimension]
    public var probabilities: [Double]
    public var groups: [GroupStatistics]
    /// Whether the label pattern matched at least one function name.
    public var patternMatched: Bool
}

/// Groups invocations by dimensions and summarises each group.
public enum Analyzer {
    /// The percentiles reported when none are asked for.
    public static let defaultProbabilities = [0.5, 0.9, 0.95, 0.99]

    /// The name of the first percentile of `probabilities` named like an earlier one (statistics are keyed
    /// by name to one decimal, `p99.9`: two such percentiles would write one JSON key and CSV column twice).
    public static func repeatedPercentileName(_ probabilities: [Double]) -> String? {
        var seen: Set<String> = []
        return probabilities.map(NumberFormatting.percentileName).first { !seen.insert($0).inserted }
    }

    /// Groups and summarises `dataset`. `groupBy` nil picks `method,python,memory` when the label
    /// pattern matched a function name, else `function`. O(n log n).
    public static func analyze(
        _ dataset: Dataset, labeler: Labeler, groupBy: [Dimension]? = nil,
        probabilities: [Double] = defaultProbabilities
    ) -> Analysis {
        var names: Set<String> = []
        let probabilities = probabilities.filter { names.insert(NumberFormatting.percentileName($0)).inserted }
        let (distinct, labelIndex) = labeler.distinctDimensions(of: dataset.invocations, files: dataset.files)
        let matched = distinct.contains { labeler.patternMatches($0[.function] ?? "") }
        let by = groupBy ?? (matched ? [.method, .python, .memory] : [.function])
        // Each distinct set of labels is mapped to its group once; invocations are added in order.
        var groupSlot: [[String]: Int] = [:]
        var groupKeys: [[String]] = []
        let slotOfLabels = distinct.map { dims in
            let key = by.map { dims[$0]! }
            if let s = groupSlot[key] { return s }
            groupKeys.append(key)
            groupSlot[key] = groupKeys.count - 1
            return groupKeys.count - 1
        }
        var slots = [GroupAccumulator](repeating: GroupAccumulator(), count: groupKeys.count)
        for i in dataset.invocations.indices { slots[slotOfLabels[labelIndex[i]]].add(dataset.invocations, at: i) }
        var accumulators = Dictionary(uniqueKeysWithValues: zip(groupKeys, slots))
        for failure in dataset.initFailures {
            let dims = labeler.dimensions(of: failure, files: dataset.files)
            accumulators[by.map { dims[$0]! }, default: GroupAccumulator()].initFailures += 1
        }
        let keys = accumulators.keys.sorted { a, b in
            for (x, y) in zip(a, b) where x != y { return NaturalOrder.less(x, y) }
            return false
        }
        // Groups are summarised on all cores (sorting dominates); the order stays that of `keys`.
        let ordered = keys.map { accumulators.removeValue(forKey: $0)! }
        let groups = concurrentMap(keys.count) { g in
            ordered[g].statistics(
                key: Array(zip(by, keys[g])).map { (dimension: $0.0, value: $0.1) },
                probabilities: probabilities, invocations: dataset.invocations)
        }
        return Analysis(dataset: dataset, groupBy: by, probabilities: probabilities, groups: groups, patternMatched: matched)
    }
}
