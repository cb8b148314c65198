extension Baseline {
    /// The baseline of `dataset`: the groups and statistics `analyze` computes with the same
    /// labeler and grouping (nil: `method,python,memory` when the label pattern matched, else
    /// `function`), each with its samples. O(n log n).
    public init(
        dataset: Dataset, labeler: Labeler, groupBy: [Dimension]? = nil,
        probabilities: [Double] = Analyzer.defaultProbabilities, pricing: Pricing = Pricing()
    ) {
        let analysis = Analyzer.analyze(
            dataset, labeler: labeler, groupBy: groupBy, probabilities: probabilities, pricing: pricing)
        let by = analysis.groupBy
        var initDurations: [[String]: [Double]] = [:]
        var durations: [[String]: [Double]] = [:]
        var costs: [[String]: [Double]] = [:]
        let invocations = dataset.invocations
        let withTime = by.contains(.burst) || by.contains(.deploy)
        for (i, dims) in labeler.dimensions(of: dataset, withTime: withTime).enumerated() {
            let key = by.map { dims[$0] ?? Dimension.unknown }
            let report = invocations[i].report
            if invocations[i].category == .cold, let v = report.initDurationMilliseconds {
                initDurations[key, default: []].append(v)
            }
            if let v = report.durationMilliseconds { durations[key, default: []].append(v) }
            let price = pricing.gbSecond(architecture: dims[.architecture] ?? Dimension.unknown)
            costs[key, default: []].append(
                CostAccumulator.usdPerMillion(invocations, at: i, gbSecondPrice: price, pricing: pricing))
        }
        let groups = analysis.groups.map { s in
            let key = s.key.map(\.value)
            var group = BaselineGroup(
                key: key, invocations: s.invocations, coldStarts: s.coldStarts,
                initDurationsMilliseconds: initDurations[key] ?? [], durationsMilliseconds: durations[key] ?? [],
                statistics: s)
            group.costsUsdPerMillion = costs[key] ?? []
            return group
        }
        self.init(groupBy: by, probabilities: probabilities, groups: groups)
    }
}
