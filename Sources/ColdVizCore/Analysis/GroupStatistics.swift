import ColdVizStats

/// The statistics of one group of invocations.
public struct GroupStatistics: Sendable {
    /// Dimension values that define the group, in `groupBy` order.
    public var key: [(dimension: Dimension, value: String)]
    public var invocations: Int
    /// REPORTs with Init Duration.
    public var coldStarts: Int
    /// Cold starts whose init ran inside the invocation (no Init Duration).
    public var suppressedInitColdStarts: Int
    /// SnapStart restores.
    public var restores: Int
    public var warmStarts: Int
    /// INIT_REPORTs with status error or timeout.
    public var initFailures: Int
    /// coldStarts / invocations (0 when there are no invocations).
    public var coldStartRate: Double
    public var initDuration: Summary?
    /// Duration of all invocations, then of cold starts and warm starts apart.
    public var duration: Summary?
    public var durationCold: Summary?
    public var durationWarm: Summary?
    public var billedDuration: Summary?
    public var maxMemoryUsed: Summary?
    public var restoreDuration: Summary?
    /// X-Ray phases of the group's cold starts, when traces matched them.
    public var phases: PhaseStatistics?
    /// Module import times of the group's cold starts, when logged.
    public var imports: ImportStatistics?

    /// The key as `method=zip python=3.9`.
    public var keyDescription: String {
        key.map { "\($0.dimension.rawValue)=\($0.value)" }.joined(separator: " ")
    }
}

/// Compact per-group value columns, filled in one pass and summarised once.
struct GroupAccumulator {
    var invocations = 0, cold = 0, suppressed = 0, restores = 0, warm = 0, initFailures = 0
    var initDuration: [Double] = []
    var duration: [Double] = []
    var durationCold: [Double] = []
    var durationWarm: [Double] = []
    var billed: [Double] = []
    var maxMemory: [Double] = []
    var restoreDuration: [Double] = []
    /// Invocations with something that explains them (trace, module times), kept for phase and import statistics.
    /// Indices (into the dataset's invocations) of those, copied out only when summarised.
    var explained: [Int] = []

    /// Adds `all[index]`, reading only the fields it needs (a copy of the invocation would retain all its strings).
    mutating func add(_ all: [Invocation], at index: Int) {
        invocations += 1
        let explanation = all[index].explanation
        if explanation.trace != nil || explanation.importTree != nil || explanation.hasAppLogs {
            explained.append(index)
        }
        let category = all[index].category
        switch category {
        case .cold: cold += 1
        case .suppressedInit: suppressed += 1
        case .restore: restores += 1
        case .warm: warm += 1
        }
        if let v = all[index].report.initDurationMilliseconds { initDuration.append(v) }
        if let v = all[index].report.durationMilliseconds {
            duration.append(v)
            if category == .cold { durationCold.append(v) }
            if category == .warm { durationWarm.append(v) }
        }
        if let v = all[index].report.billedDurationMilliseconds { billed.append(v) }
        if let v = all[index].report.maxMemoryUsedMegabytes { maxMemory.append(Double(v)) }
        if let v = all[index].report.restoreDurationMilliseconds { restoreDuration.append(v) }
    }

    /// Summaries of every column. O(n log n) for the sorts.
    func statistics(
        key: [(dimension: Dimension, value: String)], probabilities: [Double], invocations all: [Invocation]
    ) -> GroupStatistics {
        func s(_ v: [Double]) -> Summary? { Summary(values: v, probabilities: probabilities) }
        return GroupStatistics(
            key: key, invocations: invocations, coldStarts: cold, suppressedInitColdStarts: suppressed,
            restores: restores, warmStarts: warm, initFailures: initFailures,
            coldStartRate: invocations == 0 ? 0 : Double(cold) / Double(invocations),
            initDuration: s(initDuration), duration: s(duration), durationCold: s(durationCold),
            durationWarm: s(durationWarm), billedDuration: s(billed), maxMemoryUsed: s(maxMemory),
            restoreDuration: s(restoreDuration),
            phases: PhaseStatistics.of(all, at: explained.lazy.filter { all[$0].category == .cold }),
            imports: ImportStatistics.of(all, at: explained))
    }
}
