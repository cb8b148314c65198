/// Stacked horizontal bars, one per group, of phase durations (p50 by default, or p95): the
/// study's X-Ray Initialization / Invocation / Overhead breakdown. Each bar is labelled with its
/// total and n; each segment with its value where the value fits inside it.
public struct PhasesChart: Chart {
    /// One phase of a group: its name and its statistic in milliseconds.
    ///
    /// A struct rather than the `(name:, milliseconds:)` tuple, because tuples are not `Hashable`.
    public struct Phase: Hashable, Sendable {
        /// Phase name, e.g. "Initialization".
        public var name: String
        /// The statistic (e.g. p50) of the phase's durations in milliseconds.
        public var milliseconds: Double

        /// Creates a phase.
        public init(name: String, milliseconds: Double) {
            self.name = name
            self.milliseconds = milliseconds
        }
    }

    /// One bar: a group (usually one function) and its phases.
    public struct Group: Hashable, Sendable {
        /// Group label, e.g. "perf_zip_Python39_1769".
        public var name: String
        /// Phases in stacking order (left to right); non-finite or negative values count as 0.
        public var phases: [Phase]
        /// Number of traces the statistics come from.
        public var sampleCount: Int

        /// Creates a group.
        public init(name: String, phases: [Phase], sampleCount: Int) {
            self.name = name
            self.phases = phases
            self.sampleCount = sampleCount
        }
    }

    /// Groups, top to bottom.
    public var groups: [Group]
    /// Name of the statistic the phases hold, e.g. "p50" or "p95".
    public var statisticName: String
    /// Chart title.
    public var title: String
    /// x axis title with unit.
    public var xTitle: String
    /// y axis title.
    public var yTitle: String

    /// Creates the chart.
    public init(
        groups: [Group], statisticName: String = "p50", title: String = "Cold Start Phases (X-Ray), p50",
        xTitle: String = "Duration (ms)", yTitle: String = "Function"
    ) {
        self.groups = groups
        self.statisticName = statisticName
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
    }

    /// The colour of a phase: the X-Ray phases keep fixed Okabe-Ito colours (Initialization
    /// orange, Invocation sky blue, Overhead vermillion, Restore yellow), chosen apart from the
    /// packaging methods' colours; other names take the remaining colours in order of first use.
    static func color(ofPhase name: String, among names: [String], dark: Bool) -> Color {
        if let c = fixedColors[name] { return c }
        let others = names.filter { fixedColors[$0] == nil }
        let spare = [
            Color(hex: 0x999999), Color(hex: 0x56B4E9).mixed(with: Color(hex: 0x000000), fraction: 0.35),
            Color(hex: 0xE69F00).mixed(with: Color(hex: 0x000000), fraction: 0.35),
        ]
        let i = others.firstIndex(of: name) ?? 0
        return dark && i % spare.count == 0 ? Color(hex: 0xBBBBBB) : spare[i % spare.count]
    }

    static let fixedColors: [String: Color] = [
        "Initialization": Color(hex: 0xE69F00), "Invocation": Color(hex: 0x56B4E9),
        "Overhead": Color(hex: 0xD55E00), "Restore": Color(hex: 0xF0E442),
    ]
}
