/// Grouped vertical bars of the costliest modules' import time (p95 by default) per group, the
/// study's "module load times" dashboard as a picture. Modules run along the x axis in the
/// given order; within a module, one bar per group in the groups' colours.
public struct ImportsChart: Chart {
    /// One module (or the "other" sum) and its statistic per group.
    public struct Module: Hashable, Sendable {
        /// Module name, e.g. "pandas", or "other (12 modules)".
        public var name: String
        /// The statistic in milliseconds per group name; a missing group was not measured.
        public var valuesByGroup: [String: Double]

        /// Creates a module.
        public init(name: String, valuesByGroup: [String: Double]) {
            self.name = name
            self.valuesByGroup = valuesByGroup
        }
    }

    /// Group names in bar order within each module.
    public var groups: [String]
    /// Modules in display order, already cut to the top N plus "other" (see ``topModules(_:count:)``).
    public var modules: [Module]
    /// Colours of the groups, shared with the run's other charts.
    public var colors: GroupColors
    /// Name of the statistic, e.g. "p95".
    public var statisticName: String
    /// Chart title.
    public var title: String
    /// y axis title with unit.
    public var yTitle: String
    /// x axis title.
    public var xTitle: String

    /// Creates the chart.
    public init(
        groups: [String], modules: [Module], colors: GroupColors, statisticName: String = "p95",
        title: String = "Module Import Time (p95)", yTitle: String = "Import time (ms)", xTitle: String = "Module"
    ) {
        self.groups = groups
        self.modules = modules
        self.colors = colors
        self.statisticName = statisticName
        self.title = title
        self.yTitle = yTitle
        self.xTitle = xTitle
    }
}
