extension Baseline {
    /// The baseline of `dataset`: the groups and statistics `analyze` computes with the same
    /// labeler and grouping (nil: `method,python,memory` when the label pattern matched, else
    /// `function`), each with its samples. O(n log n).
    public init(
        dataset: Dataset, labeler: Labeler, groupBy: [Dimension]? = nil,
        probabilities: [Double] = Analyzer.defaultProbabilities
    ) {
        let analysis = Analyzer.analyze(dataset, labeler: labeler, groupBy: groupBy, probabilities: probabilities)
        let by = analysis.groupBy
        var initDurations: [[String]: [Double]] = [:]
        var durations: [[String]: [Double]] = [:]
        for (inv, dims) in zip(dataset.invocations, labeler.dimensions(of: dataset)) {
            let key = by.map { dims[$0] ?? Dimension.unknown }
            if inv.category == .cold, let v = inv.report.initDurationMilliseconds { initDurations[key, default: []].append(v) }
            if let v = inv.report.durationMilliseconds { durations[key, default: []].append(v) }
        }
        let groups = analysis.groups.map { s in
            let key = s.key.map(\.value)
            return BaselineGroup(
                key: key, invocations: s.invocations, coldStarts: s.coldStarts,
                initDurationsMilliseconds: initDurations[key] ?? [], durationsMilliseconds: durations[key] ?? [],
                statistics: s)
        }
        self.init(groupBy: by, probabilities: probabilities, groups: groups)
    }
}
