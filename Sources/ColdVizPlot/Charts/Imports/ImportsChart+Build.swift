extension ImportsChart {
    /// The `count` costliest modules, then one module "other (k modules)" holding, per group,
    /// the sum of the remaining modules' values (a sum of per-module statistics, not the
    /// statistic of the per-invocation sum). Modules are ranked by their largest value over all
    /// groups, descending, ties by name; non-finite values are ignored. Without remaining modules
    /// there is no "other". O(m log m) for m modules.
    public static func topModules(_ modules: [Module], count: Int) -> [Module] {
        func rank(_ m: Module) -> Double { m.valuesByGroup.values.filter(\.isFinite).max() ?? -.infinity }
        let sorted = modules.sorted { a, b in
            let ra = rank(a), rb = rank(b)
            return ra != rb ? ra > rb : a.name < b.name
        }
        let top = Array(sorted.prefix(max(0, count)))
        let rest = sorted.dropFirst(max(0, count))
        guard !rest.isEmpty else { return top }
        var sums: [String: Double] = [:]
        for m in rest {
            for (g, v) in m.valuesByGroup where v.isFinite { sums[g, default: 0] += v }
        }
        let label = rest.count == 1 ? "other (1 module)" : "other (\(rest.count) modules)"
        return top + [Module(name: label, valuesByGroup: sums)]
    }

    /// One built bar.
    public struct Bar: Hashable, Sendable {
        /// Index of the module along the x axis.
        public var moduleIndex: Int
        /// Index of the group within the module.
        public var groupIndex: Int
        /// Group name.
        public var group: String
        /// The value in milliseconds.
        public var milliseconds: Double
    }

    /// One bar per module × group with a finite, non-negative value, in drawing order.
    /// O(modules × groups).
    public func build() -> [Bar] {
        var bars: [Bar] = []
        for (mi, module) in modules.enumerated() {
            for (gi, g) in groups.enumerated() {
                guard let v = module.valuesByGroup[g], v.isFinite, v >= 0 else { continue }
                bars.append(Bar(moduleIndex: mi, groupIndex: gi, group: g, milliseconds: v))
            }
        }
        return bars
    }
}
