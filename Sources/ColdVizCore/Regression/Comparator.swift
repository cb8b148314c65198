import ColdVizStats

/// Compares two baselines group by group: the regression decision of `coldviz check`.
public enum Comparator {
    /// Compares `now` with `baseline`, both grouped by the same dimensions.
    ///
    /// Per group present on both sides and per statistic: the statistic on each side, the BCa
    /// interval of now - baseline (`Bootstrap.differenceInterval`, seeded), and a verdict:
    /// **insufficient** when a side has fewer values than the minimum sample size (or the interval
    /// is undefined); **regressed** when the change exceeds the threshold and the interval's
    /// lower bound is above zero; else **ok**. Per group, a two-sided Mann-Whitney U test of now
    /// against baseline.
    ///
    /// - Complexity: O(G S B n log n) for G groups, S statistics, B resamples and n values per
    ///   group (each percentile resample is sorted).
    public static func compare(baseline: Baseline, now: Baseline, settings: ComparisonSettings) -> ComparisonReport {
        var keys = baseline.groups.map(\.key)
        for g in now.groups where baseline.group(g.key) == nil { keys.append(g.key) }
        keys.sort(by: Baseline.keyLess)
        let groups = keys.map { key in
            compareGroup(key: key, baseline: baseline.group(key), now: now.group(key), settings: settings)
        }
        return ComparisonReport(settings: settings, groupBy: baseline.groupBy, groups: groups)
    }

    static func compareGroup(
        key: [String], baseline: BaselineGroup?, now: BaselineGroup?, settings: ComparisonSettings
    ) -> GroupComparison {
        let a = baseline?.sample(settings.metric) ?? []
        let b = now?.sample(settings.metric) ?? []
        let changes = settings.statistics.map { change($0.statistic, threshold: $0.threshold, a, b, settings) }
        let verdict: Verdict
        if baseline == nil {
            verdict = .onlyNow
        } else if now == nil {
            verdict = .onlyInBaseline
        } else if changes.contains(where: { $0.verdict == .regressed }) {
            verdict = .regressed
        } else if changes.contains(where: { $0.verdict == .insufficient }) {
            verdict = .insufficient
        } else {
            verdict = .ok
        }
        let test = a.isEmpty || b.isEmpty ? nil : MannWhitney.test(b, a)
        return GroupComparison(
            key: key, baselineCount: a.count, nowCount: b.count, mannWhitney: test,
            changes: changes, verdict: verdict)
    }

    static func change(
        _ statistic: Statistic, threshold: Threshold?, _ a: [Double], _ b: [Double], _ settings: ComparisonSettings
    ) -> StatisticChange {
        let minimum = settings.minimumSampleSize ?? statistic.minimumSampleSize
        var result = StatisticChange(
            statistic: statistic, baseline: a.isEmpty ? nil : statistic.value(a), now: b.isEmpty ? nil : statistic.value(b),
            interval: nil, minimumSampleSize: minimum, threshold: threshold, verdict: .insufficient)
        if a.count >= 2 && b.count >= 2 {
            result.interval = Bootstrap.differenceInterval(
                b, a, statistic: statistic.value, confidence: settings.confidence,
                resamples: settings.resamples, seed: settings.seed)
        }
        guard a.count >= minimum, b.count >= minimum, let interval = result.interval,
            !interval.lower.isNaN, let change = result.change, let base = result.baseline
        else { return result }
        let exceeds = threshold?.isExceeded(change: change, baseline: base) ?? false
        result.verdict = exceeds && interval.lower > 0 ? .regressed : .ok
        return result
    }
}
