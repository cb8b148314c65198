extension PhasesChart {
    /// One laid-out segment of a bar, in milliseconds from the bar's start.
    public struct Segment: Hashable, Sendable {
        /// Phase name.
        public var name: String
        /// Where the segment starts: the sum of the phases before it.
        public var startMilliseconds: Double
        /// The phase's value (0 for non-finite or negative input).
        public var milliseconds: Double
        /// The phase's share of the bar's total (0 when the total is 0).
        public var share: Double
    }

    /// One built bar.
    public struct Bar: Hashable, Sendable {
        /// Group label.
        public var name: String
        /// Segments in stacking order.
        public var segments: [Segment]
        /// Sum of the phase values: the bar's length. It is the sum of the phases' statistics,
        /// not the statistic of the end-to-end durations.
        public var totalMilliseconds: Double
        /// Number of traces.
        public var sampleCount: Int
    }

    /// Stacks the phases of every group: each segment starts where the previous one ends.
    /// O(groups × phases).
    public func build() -> [Bar] {
        groups.map { g in
            let values = g.phases.map { $0.milliseconds.isFinite ? max(0, $0.milliseconds) : 0 }
            let total = values.reduce(0, +)
            var start = 0.0
            var segments: [Segment] = []
            for (phase, v) in zip(g.phases, values) {
                segments.append(
                    Segment(name: phase.name, startMilliseconds: start, milliseconds: v, share: total > 0 ? v / total : 0))
                start += v
            }
            return Bar(name: g.name, segments: segments, totalMilliseconds: total, sampleCount: g.sampleCount)
        }
    }

    /// Phase names in order of first appearance over all groups. O(groups × phases).
    var phaseNames: [String] {
        var seen: [String] = []
        for g in groups { for p in g.phases where !seen.contains(p.name) { seen.append(p.name) } }
        return seen
    }

    /// A duration label: "2,950", "12", "4.2" or "0.84" (0 decimals from 10 ms, 1 from 1 ms, else 2).
    static func durationLabel(_ ms: Double) -> String {
        NumberLabels.label(ms, decimals: ms >= 10 ? 0 : ms >= 1 ? 1 : 2)
    }
}
