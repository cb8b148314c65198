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
        // Samples per group, the groups as `analyze` forms them (GroupKey of each label set).
        let data = LabeledDataset(dataset, labeler: labeler, withTime: by.contains(.burst) || by.contains(.deploy))
        let (keys, slot) = data.groupSlots(by: by)
        var initDurations = [[Double]](repeating: [], count: keys.count)
        var durations = initDurations, costs = initDurations
        let invocations = dataset.invocations
        for i in invocations.indices {
            let g = Int(slot[i])
            let report = invocations[i].report
            if invocations[i].category == .cold, let v = report.initDurationMilliseconds { initDurations[g].append(v) }
            if let v = report.durationMilliseconds { durations[g].append(v) }
            let price = pricing.gbSecond(architecture: data.labels[i][.architecture] ?? Dimension.unknown)
            costs[g].append(CostAccumulator.usdPerMillion(invocations, at: i, gbSecondPrice: price, pricing: pricing))
        }
        let slotOfKey = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let groups = analysis.groups.map { s in
            let key = s.key.map(\.value)
            let g = slotOfKey[GroupKey(values: key)]
            var group = BaselineGroup(
                key: key, invocations: s.invocations, coldStarts: s.coldStarts,
                initDurationsMilliseconds: g.map { initDurations[$0] } ?? [],
                durationsMilliseconds: g.map { durations[$0] } ?? [],
                statistics: s)
            group.costsUsdPerMillion = g.map { costs[$0] } ?? []
            return group
        }
        self.init(groupBy: by, probabilities: probabilities, groups: groups)
    }
}
