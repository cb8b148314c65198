import ColdVizStats
import Foundation

/// What `coldviz analyze` computes: per-group statistics over a labelled dataset.
public struct Analysis: Sendable {
    /// The dataset the groups were computed from, unchanged.
    public var dataset: Dataset
    /// The grouping used: as asked, else `method,python,memory` when the pattern matched a function name,
    /// else `function`.
    public var groupBy: [Dimension]
    /// The percentiles computed, each in 0...1: those asked, less any named (`p99.9`) like an earlier one.
    public var probabilities: [Double]
    /// One per distinct key of the invocations and failed inits, in natural order (``GroupKey/naturalLess(_:_:)``).
    public var groups: [GroupStatistics]
    /// Whether the label pattern matched at least one function name.
    public var patternMatched: Bool
    /// The bursts and deployments the `burst` and `deploy` dimensions were drawn from.
    public var time: TimeLabels
    /// The prices the groups' costs were computed with.
    public var pricing: Pricing
}

/// Groups invocations by dimensions and summarises each group.
public enum Analyzer {
    /// The percentiles reported when none are asked for.
    public static let defaultProbabilities = [0.5, 0.9, 0.95, 0.99]

    /// The name of the first percentile of `probabilities` named like an earlier one (statistics are keyed
    /// by name to one decimal, `p99.9`: two such percentiles would write one JSON key and CSV column twice).
    public static func repeatedPercentileName(_ probabilities: [Double]) -> String? {
        var seen: Set<String> = []
        return probabilities.map(Statistic.percentileName).first { !seen.insert($0).inserted }
    }

    /// Groups and summarises `dataset`. `groupBy` nil picks `method,python,memory` when the label
    /// pattern matched a function name, else `function`. Costs are priced by `pricing`. O(n log n).
    public static func analyze(
        _ dataset: Dataset, labeler: Labeler, groupBy: [Dimension]? = nil,
        probabilities: [Double] = defaultProbabilities, pricing: Pricing = Pricing()
    ) -> Analysis {
        var names: Set<String> = []
        let probabilities = probabilities.filter { names.insert(Statistic.percentileName($0)).inserted }
        var distinct: [[Dimension: String]], labelIndex: [UInt32]
        let time: TimeLabels
        // The default groupings never use the time dimensions.
        let withTime = groupBy.map { $0.contains(.burst) || $0.contains(.deploy) } ?? false
        (distinct, labelIndex, time) = labeler.distinctDimensions(of: dataset, withTime: withTime)
        let matched = distinct.contains { labeler.patternMatches($0[.function] ?? "") }
        let by = groupBy ?? (matched ? [.method, .python, .memory] : [.function])
        // Each distinct set of labels is mapped to its group once.
        var slots = GroupSlots()
        let slotOfLabels = distinct.map { slots.slot(GroupKey($0, by: by)) }
        let priceOfLabels = distinct.map { pricing.gbSecond(architecture: $0[.architecture] ?? Dimension.unknown) }
        distinct = []
        var costs = [CostAccumulator](repeating: CostAccumulator(), count: slots.keys.count)
        for i in dataset.invocations.indices {
            let l = Int(labelIndex[i])
            costs[slotOfLabels[l]].add(dataset.invocations, at: i, gbSecondPrice: priceOfLabels[l])
        }
        var failures: [Int: Int] = [:]
        for failure in dataset.initFailures {
            let dims = labeler.dimensions(of: failure, files: dataset.files)
            failures[slots.slot(GroupKey(dims, by: by)), default: 0] += 1
        }
        let keys = slots.keys
        let members = GroupMembers(slots: labelIndex.lazy.map { slotOfLabels[Int($0)] }, groups: keys.count)
        labelIndex = []
        let order = keys.indices.sorted { GroupKey.naturalLess(keys[$0], keys[$1]) }
        // Groups are summarised on all cores (sorting dominates), each group's columns filled only while it
        // is summarised; the order stays that of the sorted keys. Groups of millions are summarised one at a
        // time: two at once would hold two sets of columns (80 MB more at the peak of a 10 GB input).
        let (groupKeys, failuresOf, costOf) = (keys, failures, costs)
        let summarise: @Sendable (Int) -> GroupStatistics = { g in
            let s = order[g]
            var statistics = GroupAccumulator.statistics(
                of: members.of(s), initFailures: failuresOf[s] ?? 0,
                key: Array(zip(by, groupKeys[s].values)).map { (dimension: $0.0, value: $0.1) },
                probabilities: probabilities, invocations: dataset.invocations)
            if s < costOf.count { statistics.cost = costOf[s].cost(pricing) }
            return statistics
        }
        let largest = order.map { members.of($0).count }.max() ?? 0
        let groups =
            largest > Self.largestGroupSummarisedInParallel ? order.indices.map(summarise) : concurrentMap(order.count, summarise)
        return Analysis(
            dataset: dataset, groupBy: by, probabilities: probabilities, groups: groups, patternMatched: matched, time: time,
            pricing: pricing)
    }

    /// Groups are summarised on all cores while the largest has at most this many invocations.
    static let largestGroupSummarisedInParallel = 1 << 21
}

/// The invocations of each group, in input order: one array of indices (4 bytes an invocation) cut by
/// group, as a counting sort of the invocations' groups leaves them.
struct GroupMembers: Sendable {
    private var indices: [UInt32] = []
    private var starts: [Int]

    /// Members of `groups` groups, invocation `i` in group `slots[i]`. O(n + groups).
    init(slots: some Collection<Int>, groups: Int) {
        starts = [Int](repeating: 0, count: groups + 1)
        for s in slots { starts[s + 1] += 1 }
        for g in 0..<groups { starts[g + 1] += starts[g] }
        var next = starts
        indices = [UInt32](repeating: 0, count: slots.count)
        for (i, s) in slots.enumerated() {
            indices[next[s]] = UInt32(i)
            next[s] += 1
        }
    }

    /// The invocations of group `g`, in input order.
    func of(_ g: Int) -> ArraySlice<UInt32> { indices[starts[g]..<starts[g + 1]] }
}
