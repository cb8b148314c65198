import ColdVizStats

/// X-Ray phases of a group: p50 and p95 of each phase, and its share of the end-to-end duration.
public struct PhaseStatistics: Sendable {
    /// One phase's durations over the traced invocations whose trace has it.
    public struct Phase: Sendable {
        /// Which phase; each appears at most once in ``PhaseStatistics/phases``.
        public var phase: TracePhase
        /// Traces with a duration for this phase (the sample size of `p50` and `p95`).
        public var count: Int
        /// Median (type 7) of the phase's duration, in ms.
        public var p50: Double
        /// 95th percentile (type 7) of the phase's duration, in ms.
        public var p95: Double
        /// Median over invocations of phase / end-to-end duration (the `AWS::Lambda` segment), 0...1; nil without end-to-end times.
        public var shareOfEndToEnd: Double?
    }
    /// Invocations with a trace.
    public var tracedInvocations: Int
    /// Initialization, Invocation, Overhead, Restore, then End-to-end; phases nobody logged are left out.
    public var phases: [Phase]

    /// Statistics of the traced invocations among `invocations`; nil when none has a trace. O(n log n).
    public static func of(_ invocations: [Invocation]) -> PhaseStatistics? {
        of(invocations, at: invocations.indices)
    }

    /// Statistics of the traced invocations among `all[indices]`, read in place; nil when none has a trace.
    /// O(n log n).
    public static func of(_ all: [Invocation], at indices: some Sequence<Int>) -> PhaseStatistics? {
        let traces = indices.compactMap { all[$0].explanation.trace }
        guard !traces.isEmpty else { return nil }
        var phases: [Phase] = []
        for phase in TracePhase.allCases {
            let path = phase.duration
            let values = traces.compactMap { $0[keyPath: path] }
            guard let s = Summary(values: values, probabilities: [0.5, 0.95]) else { continue }
            let shares = RadixSort.sorted(
                traces.compactMap { t -> Double? in
                    guard phase.isPart, let v = t[keyPath: path], let e = t.endToEndMilliseconds, e > 0 else {
                        return nil
                    }
                    return v / e
                })
            phases.append(
                Phase(
                    phase: phase, count: s.count, p50: s.percentile(0.5)!.value, p95: s.percentile(0.95)!.value,
                    shareOfEndToEnd: shares.isEmpty ? nil : Quantile.type7(sorted: shares, probability: 0.5)))
        }
        return PhaseStatistics(tracedInvocations: traces.count, phases: phases)
    }
}

/// Module import times of a group's cold starts (ms), from logged `timings` objects, EMF
/// `module_load_*` metrics or `-X importtime` trees.
public struct ImportStatistics: Sendable {
    /// One module's import times over the cold starts that logged it.
    public struct Module: Sendable {
        /// As logged: a `timings` key, a metric name without `module_load_`, or a top-level module of an import tree.
        public var name: String
        /// Times logged for the module over the cold starts (the sample size of `p50` and `p95`).
        public var count: Int
        /// Of the module's cumulative (or logged) time, in ms.
        public var p50: Double
        /// 95th percentile (type 7) of the module's cumulative (or logged) time, in ms.
        public var p95: Double
        /// Of the module's self time (import trees only), in ms.
        public var selfP50: Double?
        /// 95th percentile of the module's self time, in ms; nil when no import tree of the cold starts holds it.
        public var selfP95: Double?
    }
    /// Cold and suppressed-init starts with at least one module time: those the statistics are over.
    public var coldStartsWithTimings: Int
    /// Median over cold starts of (sum of top-level module times) / Init Duration; nil without init durations.
    public var shareOfInitDuration: Double?
    /// Sorted by p95, costliest first.
    public var modules: [Module]
    /// The aggregated import tree (median cumulative and self times per module path), when trees were logged.
    public var tree: [AggregatedImportNode]

    /// Statistics of the cold starts among `invocations` that carry module times; nil when none does.
    public static func of(_ invocations: [Invocation]) -> ImportStatistics? {
        of(invocations, at: invocations.indices)
    }

    /// Statistics of the cold starts among `all[indices]` that carry module times, read in place; nil when
    /// none does. When they log more than `onePassValues` times, they are read in a few passes, each
    /// filling the columns of a block of modules only, so a large group holds a few columns at a time,
    /// not one per module. O(n log n).
    public static func of(
        _ all: [Invocation], at indices: some Sequence<Int>, onePassValues: Int = 1 << 17
    ) -> ImportStatistics? {
        var cold: [Int] = []
        var slots = ModuleSlots()
        // How many times each module slot is logged: its column's exact size.
        var counts: [Int] = []
        var selfTimes: [String: [Double]] = [:]
        var shares: [Double] = []
        for i in indices where all[i].category == .cold || all[i].category == .suppressedInit {
            var k = 0, total = 0.0
            all[i].forEachModuleTime { name, microseconds in
                let slot = slots.slot(of: name, at: k)
                if slot == counts.count { counts.append(0) }
                counts[slot] += 1
                total += microseconds
                k += 1
            }
            guard k > 0 else { continue }
            cold.append(i)
            if let tree = all[i].importTree {
                for node in tree.nodes { selfTimes[node.module, default: []].append(node.selfMicroseconds / 1000) }
            }
            if let initMs = all[i].report.initDurationMilliseconds, initMs > 0 { shares.append(total / 1000 / initMs) }
        }
        guard !cold.isEmpty else { return nil }
        var modules: [Module] = []
        modules.reserveCapacity(counts.count)
        // One pass for a few columns' worth of values, else at most about eight, of at least four modules each.
        let block = counts.reduce(0, +) <= onePassValues ? counts.count : max(4, (counts.count + 7) / 8)
        for first in stride(from: 0, to: counts.count, by: block) {
            let last = min(first + block, counts.count)
            var columns = (first..<last).map { slot -> [Double] in
                var column: [Double] = []
                column.reserveCapacity(counts[slot])
                return column
            }
            for i in cold {
                var k = 0
                all[i].forEachModuleTime { name, microseconds in
                    let slot = slots.slot(of: name, at: k)
                    if slot >= first && slot < last { columns[slot - first].append(microseconds / 1000) }
                    k += 1
                }
            }
            for slot in first..<last {
                let name = slots.names[slot]
                let s = Summary(values: columns[slot - first], probabilities: [0.5, 0.95])!
                columns[slot - first] = []
                let own = selfTimes[name].flatMap { Summary(values: $0, probabilities: [0.5, 0.95]) }
                modules.append(
                    Module(
                        name: name, count: s.count, p50: s.percentile(0.5)!.value, p95: s.percentile(0.95)!.value,
                        selfP50: own?.percentile(0.5)?.value, selfP95: own?.percentile(0.95)?.value))
            }
        }
        modules.sort { $0.p95 != $1.p95 ? $0.p95 > $1.p95 : $0.name < $1.name }
        return ImportStatistics(
            coldStartsWithTimings: cold.count,
            shareOfInitDuration: shares.isEmpty ? nil : Quantile.type7(sorted: RadixSort.sorted(shares), probability: 0.5),
            modules: modules, tree: AggregatedImportNode.aggregate(cold.compactMap { all[$0].explanation.importTree }))
    }
}

/// The slot of each module name, in order of first appearance. Cold starts mostly log the same modules in
/// the same order: a name equal to the one at its position in the previous cold start takes that slot
/// without a hash lookup.
private struct ModuleSlots {
    private(set) var names: [String] = []
    private var slotOf: [String: Int] = [:]
    private var previous: [(name: String, slot: Int)] = []

    /// The slot of `name`, logged at position `k` of its cold start; a new slot (`names.count`) for a name
    /// not seen before. O(1) for a repeat of the previous cold start, else one hash lookup.
    mutating func slot(of name: String, at k: Int) -> Int {
        if k < previous.count, previous[k].name == name { return previous[k].slot }
        let slot: Int
        if let s = slotOf[name] {
            slot = s
        } else {
            slot = names.count
            slotOf[name] = slot
            names.append(name)
        }
        if k < previous.count { previous[k] = (name, slot) } else { previous.append((name, slot)) }
        return slot
    }
}

/// A node of the import trees of many cold starts merged by module path: median times over the
/// cold starts whose tree holds the module.
public struct AggregatedImportNode: Sendable {
    /// The module's name on its `-X importtime` line; the node's path is its ancestors' names, then this.
    public var module: String
    /// Median (type 7) of the path's cumulative import time over the trees holding it, in ms.
    public var medianCumulativeMilliseconds: Double
    /// Median (type 7) of the path's self time (its own code, not its imports) over the same trees, in ms.
    public var medianSelfMilliseconds: Double
    /// Occurrences of this module path across the trees (the sample size of both medians).
    public var count: Int
    /// The modules it imported, by median cumulative time, costliest first; empty for a leaf.
    public var children: [AggregatedImportNode]

    /// Rebuilds each tree from its post-order lines (a stack keyed on depth) and merges them. O(total lines).
    static func aggregate(_ trees: [ImportTree]) -> [AggregatedImportNode] {
        final class Builder {
            var cumulative: [Double] = [], selfTimes: [Double] = []
            var children: [String: Builder] = [:], order: [String] = []
            func child(_ name: String) -> Builder {
                if let c = children[name] { return c }
                let c = Builder()
                children[name] = c
                order.append(name)
                return c
            }
            func build(_ name: String) -> AggregatedImportNode {
                AggregatedImportNode(
                    module: name, medianCumulativeMilliseconds: median(cumulative), medianSelfMilliseconds: median(selfTimes),
                    count: cumulative.count,
                    children: order.map { children[$0]!.build($0) }.sorted {
                        $0.medianCumulativeMilliseconds > $1.medianCumulativeMilliseconds
                    })
            }
            private func median(_ v: [Double]) -> Double {
                v.isEmpty ? 0 : Quantile.type7(sorted: RadixSort.sorted(v), probability: 0.5)
            }
        }
        struct Parsed { var line: ImportTimeLine; var children: [Parsed] }
        let root = Builder()
        for tree in trees {
            // Post-order: a line at depth d adopts the pending lines at depth d + 1 printed before it.
            var pending: [[Parsed]] = [[]]
            for line in tree.nodes {
                while pending.count <= line.depth + 1 { pending.append([]) }
                let kids = pending[line.depth + 1]
                pending[line.depth + 1] = []
                pending[line.depth].append(Parsed(line: line, children: kids))
            }
            func add(_ p: Parsed, to b: Builder) {
                let node = b.child(p.line.module)
                node.cumulative.append(p.line.cumulativeMicroseconds / 1000)
                node.selfTimes.append(p.line.selfMicroseconds / 1000)
                for c in p.children { add(c, to: node) }
            }
            for p in pending[0] { add(p, to: root) }
        }
        return root.order.map { root.children[$0]!.build($0) }.sorted {
            $0.medianCumulativeMilliseconds > $1.medianCumulativeMilliseconds
        }
    }
}
