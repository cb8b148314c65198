import ColdVizStats

/// The statistics of one group of invocations.
public struct GroupStatistics: Sendable {
    /// Dimension values that define the group, in `groupBy` order.
    public var key: [(dimension: Dimension, value: String)]
    /// Invocations of every start category; 0 for a group known only from failed inits.
    public var invocations: Int
    /// REPORTs with Init Duration.
    public var coldStarts: Int
    /// Cold starts whose init ran inside the invocation (no Init Duration).
    public var suppressedInitColdStarts: Int
    /// SnapStart restores.
    public var restores: Int
    /// Invocations of an environment already initialised (``StartCategory/warm``).
    public var warmStarts: Int
    /// Invocations whose environment Lambda initialised ahead of demand (``StartCategory/proactive``).
    public var proactiveInits = 0
    /// First invocations of provisioned-concurrency environments (``StartCategory/provisioned``).
    public var provisionedInits = 0
    /// INIT_REPORTs with status error or timeout.
    public var initFailures: Int
    /// coldStarts / invocations (0 when there are no invocations).
    public var coldStartRate: Double
    /// Init Duration of the cold starts (not of proactive or provisioned inits).
    public var initDuration: Summary?
    /// Init Duration of the proactive and of the provisioned initialisations.
    public var proactiveInitDuration: Summary?
    /// Init Duration (ms) of the ``StartCategory/provisioned`` inits; nil when none has one.
    public var provisionedInitDuration: Summary?
    /// Duration of all invocations, then of cold starts and warm starts apart.
    public var duration: Summary?
    /// Duration (ms) of the ``StartCategory/cold`` invocations only (not suppressed inits); nil when none.
    public var durationCold: Summary?
    /// Duration (ms) of the ``StartCategory/warm`` invocations only; nil when none.
    public var durationWarm: Summary?
    /// Billed Duration (ms) of the invocations whose REPORT has one; nil when none does.
    public var billedDuration: Summary?
    /// Max Memory Used (MB) of the invocations whose REPORT has it; nil when none does.
    public var maxMemoryUsed: Summary?
    /// Restore Duration (ms, SnapStart) of the invocations whose REPORT has one; nil when none does.
    public var restoreDuration: Summary?
    /// X-Ray phases of the group's cold starts, when traces matched them.
    public var phases: PhaseStatistics?
    /// Module import times of the group's cold starts, when logged.
    public var imports: ImportStatistics?
    /// What the group's invocations cost.
    public var cost = GroupCost(gbSeconds: 0, initGbSeconds: 0, requests: 0, usd: 0)

    /// The key as `method=zip python=3.9`.
    public var keyDescription: String {
        GroupKey(values: key.map(\.value)).description(key.map(\.dimension))
    }
}

/// Summarises one group: counts in one pass over its invocations, then each value column filled,
/// summarised and freed in turn, so a large group holds one column (and its sort) at a time.
enum GroupAccumulator {
    /// The statistics of the invocations `members` (indices into `all`) under `key`. O(n log n).
    static func statistics(
        of members: some Collection<UInt32>, initFailures: Int, key: [(dimension: Dimension, value: String)],
        probabilities: [Double], invocations all: [Invocation]
    ) -> GroupStatistics {
        var cold = 0, suppressed = 0, restores = 0, warm = 0, proactive = 0, provisioned = 0
        // Invocations with something that explains them (trace, module times), for phase and import statistics.
        var explained: [Int] = []
        for m in members {
            let i = Int(m)
            switch all[i].category {
            case .cold: cold += 1
            case .suppressedInit: suppressed += 1
            case .restore: restores += 1
            case .warm: warm += 1
            case .proactive: proactive += 1
            case .provisioned: provisioned += 1
            }
            let explanation = all[i].explanation
            if explanation.trace != nil || explanation.importTree != nil || explanation.hasAppLogs { explained.append(i) }
        }
        /// The summary of `value` over the members that have one, in member order.
        func column(_ value: (Int) -> Double?) -> Summary? {
            // Room for every member: the column never moves as it grows, and room left unwritten is never touched.
            var values: [Double] = []
            values.reserveCapacity(members.count)
            for m in members {
                if let v = value(Int(m)) { values.append(v) }
            }
            return Summary(values: values, probabilities: probabilities)
        }
        let invocations = members.count
        var statistics = GroupStatistics(
            key: key, invocations: invocations, coldStarts: cold, suppressedInitColdStarts: suppressed,
            restores: restores, warmStarts: warm, initFailures: initFailures,
            coldStartRate: invocations == 0 ? 0 : Double(cold) / Double(invocations),
            initDuration: column { all[$0].category == .cold ? all[$0].initDurationMilliseconds : nil },
            duration: column { all[$0].durationMilliseconds },
            durationCold: column { all[$0].category == .cold ? all[$0].durationMilliseconds : nil },
            durationWarm: column { all[$0].category == .warm ? all[$0].durationMilliseconds : nil },
            billedDuration: column { all[$0].billedDurationMilliseconds },
            maxMemoryUsed: column { all[$0].report.maxMemoryUsedMegabytes.map(Double.init) },
            restoreDuration: column { all[$0].report.restoreDurationMilliseconds },
            phases: PhaseStatistics.of(all, at: explained.lazy.filter { all[$0].category == .cold }),
            imports: ImportStatistics.of(all, at: explained))
        (statistics.proactiveInits, statistics.provisionedInits) = (proactive, provisioned)
        if proactive > 0 {
            statistics.proactiveInitDuration = column { all[$0].category == .proactive ? all[$0].initDurationMilliseconds : nil }
        }
        if provisioned > 0 {
            statistics.provisionedInitDuration = column {
                all[$0].category == .provisioned ? all[$0].initDurationMilliseconds : nil
            }
        }
        return statistics
    }
}
