import ColdVizCore
import ColdVizPlot
import ColdVizStats

/// Turns a labelled dataset into chart specs: the translation from invocations to plain values.
public struct ChartAssembly {
    public let data: LabeledDataset
    public let by: [Dimension]
    public let colors: GroupColors

    public init(data: LabeledDataset, by: [Dimension], dark: Bool) {
        self.data = data
        self.by = by
        colors = GroupColors(groups: data.groupSlots(by: by).keys.map(\.name).sorted(by: NaturalOrder.less), dark: dark)
    }

    private var byText: String { by.map(\.rawValue).joined(separator: ", ") }

    private func initDurations(_ indices: [Int]) -> [Double] {
        indices.compactMap { data.dataset.invocations[$0].report.initDurationMilliseconds }
    }

    /// Overlaid histograms of init duration per group.
    public func distribution(bins: BinRule, logX: Bool) -> DistributionChart {
        let series = data.groups(by: by).map { DistributionChart.Series(group: $0.name, values: initDurations($0.indices)) }
        return DistributionChart(
            series: series, colors: colors, bins: bins, xScale: logX ? .log : .linear,
            title: "Distribution of Cold Start Times by \(titleCase(byText))")
    }

    /// Empirical CDF per group.
    public func ecdf(logX: Bool) -> ECDFChart {
        let series = data.groups(by: by).map { ECDFChart.Series(group: $0.name, values: initDurations($0.indices)) }
        return ECDFChart(
            series: series, colors: colors, xScale: logX ? .log : .linear,
            title: "Cumulative Distribution of Cold Start Times by \(titleCase(byText))")
    }

    /// ECDF of init duration before (`before`, grouped like this assembly) and after (this data)
    /// per group, with the p50 and p95 shift.
    public func compare(before: ColdVizCore.Baseline, beforeName: String, afterName: String, logX: Bool) -> CompareChart {
        let after = data.groups(by: by)
        var names = Set(after.map(\.name))
        var beforeValues: [String: [Double]] = [:]
        for g in before.groups where !g.initDurationsMilliseconds.isEmpty {
            let name = GroupKey(values: g.key).name
            beforeValues[name] = g.initDurationsMilliseconds
            names.insert(name)
        }
        let afterValues = Dictionary(uniqueKeysWithValues: after.map { ($0.name, initDurations($0.indices)) })
        let series = names.sorted(by: NaturalOrder.less).map {
            CompareChart.Series(group: $0, before: beforeValues[$0] ?? [], after: afterValues[$0] ?? [])
        }
        let chartColors = GroupColors(groups: names.sorted(by: NaturalOrder.less), dark: colors.isDark)
        return CompareChart(
            series: series, colors: chartColors, xScale: logX ? .log : .linear, beforeName: beforeName,
            afterName: afterName, title: "Cold Start Times Before and After by \(titleCase(byText))")
    }

    /// p99, max, mean and min per group, with invocation and cold-start counts.
    public func percentiles() -> PercentilesChart {
        let all = data.groups(by: by, category: nil)
        let groups = all.map { g in
            PercentilesChart.Group(
                name: g.name, initDurationsMilliseconds: initDurations(g.indices), invocationCount: g.indices.count)
        }
        return PercentilesChart(
            groups: groups, title: "Cold Start Init Duration by \(titleCase(byText))",
            xTitle: titleCase(byText))
    }

    /// A statistic over two dimensions.
    public func heatmap(rows: Dimension, columns: Dimension, statistic: Statistic) -> HeatmapChart {
        var cells: [[String]: [Double]] = [:]
        var rowNames = Set<String>(), columnNames = Set<String>()
        for (i, inv) in data.dataset.invocations.enumerated() {
            guard let v = inv.report.initDurationMilliseconds else { continue }
            let r = data.labels[i][rows] ?? Dimension.unknown, c = data.labels[i][columns] ?? Dimension.unknown
            rowNames.insert(r)
            columnNames.insert(c)
            cells[[r, c], default: []].append(v)
        }
        let cellList = cells.map { key, values in HeatmapChart.Cell(row: key[0], column: key[1], values: values) }.sorted {
            ($0.row, $0.column) < ($1.row, $1.column)
        }
        return HeatmapChart(
            rows: rowNames.sorted(by: NaturalOrder.less), columns: columnNames.sorted(by: NaturalOrder.less),
            cells: cellList, statistic: statistic,
            title:
                "\(statistic.spokenName.capitalized) Init Duration by \(titleCase(rows.rawValue)) and \(titleCase(columns.rawValue))",
            rowTitle: titleCase(rows.rawValue), columnTitle: titleCase(columns.rawValue))
    }

    /// Box per group, optionally split by a second dimension.
    public func box(split: Dimension?) -> BoxChart {
        var series: [BoxChart.Series] = []
        for g in data.groups(by: by) {
            if let split {
                var bySub: [String: [Int]] = [:]
                for i in g.indices { bySub[data.labels[i][split] ?? Dimension.unknown, default: []].append(i) }
                for (sub, indices) in bySub.sorted(by: { NaturalOrder.less($0.key, $1.key) }) {
                    series.append(BoxChart.Series(group: g.name, subgroup: sub, values: initDurations(indices)))
                }
            } else {
                series.append(BoxChart.Series(group: g.name, values: initDurations(g.indices)))
            }
        }
        // Split boxes are coloured by the split value, shared across groups.
        let boxColors =
            split == nil
            ? colors
            : GroupColors(groups: Set(series.compactMap(\.subgroup)).sorted(by: NaturalOrder.less), dark: colors.isDark)
        return BoxChart(
            series: series, colors: boxColors, title: "Init Duration by \(titleCase(byText))",
            xTitle: titleCase(byText), subgroupTitle: split.map { titleCase($0.rawValue) } ?? "")
    }

    /// One timeline per burst of cold starts.
    /// `binSeconds` nil picks, per burst, the smallest of 1, 2, 5, 10, 15, 30, 60, 120, 300 s that
    /// gives at most 40 bins, so counts stay readable on long bursts (the study's bursts took 1 s bins).
    public func timelines(gapMilliseconds: Int64, binSeconds: Double?) -> [TimelineChart] {
        // (time, index) pairs sorted together: ties keep input order, as a stable sort of indices by time.
        // Cold starts with a time and an Init Duration (every cold start has one: it is what makes it cold).
        var cold: [(milliseconds: Int64, index: Int)] = []
        for (i, inv) in data.dataset.invocations.enumerated() where inv.category == .cold {
            if let ms = inv.completionMilliseconds, inv.report.initDurationMilliseconds != nil { cold.append((ms, i)) }
        }
        cold.sort { $0.milliseconds != $1.milliseconds ? $0.milliseconds < $1.milliseconds : $0.index < $1.index }
        // Kept as two narrower columns: a million cold starts are drawn.
        let times = cold.map(\.milliseconds)
        let order = cold.map { UInt32($0.index) }
        cold = []
        let bursts = Bursts.split(sortedMilliseconds: times, gapMilliseconds: gapMilliseconds)
        let (keys, slot) = data.groupSlots(by: by)
        let names = keys.map(\.name)
        return bursts.enumerated().map { n, range in
            var bySlot = [(t: [Double], v: [Double])](repeating: ([], []), count: names.count)
            for k in range {
                let i = Int(order[k])
                bySlot[Int(slot[i])].t.append(Double(times[k]) / 1000)
                bySlot[Int(slot[i])].v.append(data.dataset.invocations[i].report.initDurationMilliseconds ?? .nan)
            }
            let series = names.indices.filter { !bySlot[$0].t.isEmpty }.sorted { NaturalOrder.less(names[$0], names[$1]) }.map {
                TimelineChart.Series(group: names[$0], completionSeconds: bySlot[$0].t, initDurationsMilliseconds: bySlot[$0].v)
            }
            let start = Timestamp.formatISO8601(milliseconds: times[range.lowerBound]).prefix(16).replacingOccurrences(
                of: "T", with: " ")
            let span = Double(times[range.upperBound - 1] - times[range.lowerBound]) / 1000
            let bin = binSeconds ?? ([1, 2, 5, 10, 15, 30, 60, 120, 300].first { span / $0 <= 40 } ?? 600)
            let functions = Set(range.map { data.labels[Int(order[$0])][.function] ?? Dimension.unknown })
            let (first, last) = (times[range.lowerBound], times[range.upperBound - 1])
            // A deployment shortly before the burst is named in the title: a line there would squeeze the burst.
            let before = deploymentMarkers(
                from: first - data.time.settings.deployWindowMilliseconds, to: first - 1, functions: functions
            ).last
            let after = before.map {
                let minutes = max(1, Int(((Double(first) / 1000 - $0.seconds) / 60).rounded()))
                return ", \(minutes) min after a deployment"
            }
            var chart = TimelineChart(
                series: series, colors: colors, binSeconds: bin,
                title: "Cold Starts over Time, burst \(n + 1) of \(bursts.count) (\(start) UTC\(after ?? ""))")
            chart.legendTitle = "Init durations by \(byText)"
            chart.markers = deploymentMarkers(from: first, to: last, functions: functions)
            return chart
        }
    }

    /// The deployments of `functions` from `start` to `end` (ms) as timeline markers, those at one second
    /// merged into one label.
    private func deploymentMarkers(from start: Int64, to end: Int64, functions: Set<String>) -> [TimelineChart.Marker] {
        var names: [(seconds: Int64, names: [String])] = []
        for d in data.time.deployments where d.milliseconds >= start && d.milliseconds <= end {
            let name: String
            switch d.target {
            case .any: name = "all functions"
            case .function(let f):
                guard functions.contains(f) else { continue }
                name = f
            case .pattern(let p):
                guard functions.contains(where: { d.applies(to: $0) }) else { continue }
                name = p
            }
            let second = d.milliseconds / 1000
            if let last = names.last, last.seconds == second {
                if !last.names.contains(name) { names[names.count - 1].names.append(name) }
            } else {
                names.append((second, [name]))
            }
        }
        return names.map { m in
            TimelineChart.Marker(
                seconds: Double(m.seconds),
                label: "deployed: " + (m.names.count > 2 ? "\(m.names.count) functions" : m.names.joined(separator: ", ")))
        }
    }

    private func titleCase(_ s: String) -> String {
        s.split(separator: " ").map { w in w.prefix(1).uppercased() + w.dropFirst() }.joined(separator: " ")
    }

    /// X-Ray phase p50s (or p95s) per group, stacked; nil when no invocation has a trace.
    public func phases(statistic: Statistic) -> PhasesChart? {
        let p95 = statistic == .percentile(0.95)
        let groups = data.groups(by: by, category: .cold).compactMap { g -> PhasesChart.Group? in
            guard let stats = PhaseStatistics.of(data.dataset.invocations, at: g.indices) else { return nil }
            let phases = stats.phases.filter(\.phase.isPart)
                .map { PhasesChart.Phase(name: $0.phase.rawValue, milliseconds: p95 ? $0.p95 : $0.p50) }
            return PhasesChart.Group(name: g.name, phases: phases, sampleCount: stats.tracedInvocations)
        }
        guard !groups.isEmpty else { return nil }
        let name = statistic.name
        return PhasesChart(
            groups: groups, statisticName: name, title: "Cold Start Phases (X-Ray), \(name)", yTitle: titleCase(byText))
    }

    /// The costliest modules' import time (p95) per group, the rest as "other"; nil without timings.
    public func imports(top: Int) -> ImportsChart? {
        var values: [String: [String: Double]] = [:]
        var names: [String] = []
        for g in data.groups(by: by) {
            guard let stats = ImportStatistics.of(data.dataset.invocations, at: g.indices) else { continue }
            names.append(g.name)
            for m in stats.modules { values[m.name, default: [:]][g.name] = m.p95 }
        }
        guard !names.isEmpty else { return nil }
        let modules = values.sorted { $0.key < $1.key }.map { ImportsChart.Module(name: $0.key, valuesByGroup: $0.value) }
        return ImportsChart(groups: names, modules: ImportsChart.topModules(modules, count: top), colors: colors)
    }

    /// One icicle chart per group whose cold starts logged `-X importtime` trees.
    public func importTrees() -> [(group: String, chart: ImportTreeChart)] {
        data.groups(by: by).compactMap { g in
            guard let stats = ImportStatistics.of(data.dataset.invocations, at: g.indices), !stats.tree.isEmpty else {
                return nil
            }
            func node(_ n: AggregatedImportNode) -> ImportTreeChart.Node {
                ImportTreeChart.Node(
                    name: n.module, cumulativeMilliseconds: n.medianCumulativeMilliseconds,
                    selfMilliseconds: n.medianSelfMilliseconds, children: n.children.map(node))
            }
            return (
                g.name,
                ImportTreeChart(
                    roots: stats.tree.map(node),
                    title: "Python Import Tree of \(g.name) (median cumulative time, \(stats.coldStartsWithTimings) cold starts)")
            )
        }
    }
}
