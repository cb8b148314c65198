/// What an axis shows, independent of where it ends up: title, ticks at normalised positions.
struct AxisGuide {
    struct Mark {
        /// Position along the axis, 0 (left/bottom) ... 1 (right/top).
        var position: Double
        /// Label lines; more than one line is stacked (or joined with " · " when rotated).
        var lines: [String]
    }

    var title: String
    var marks: [Mark]
    var minor: [Double] = []
    var grid: Bool = true
    /// Draw tick marks (categorical axes have none).
    var tickMarks: Bool = true

    init(title: String, marks: [Mark], minor: [Double] = [], grid: Bool = true, tickMarks: Bool = true) {
        self.title = title
        self.marks = marks
        self.minor = minor
        self.grid = grid
        self.tickMarks = tickMarks
    }

    /// A numeric axis from a fitted scale.
    init(title: String, fit: NumericScale.Fit, grid: Bool = true) {
        self.init(
            title: title,
            marks: fit.ticks.map { Mark(position: fit.scale.normalized($0.value), lines: [$0.label]) },
            minor: fit.minorTicks.map { fit.scale.normalized($0) }, grid: grid)
    }

    /// A time axis from a fitted time scale.
    init(title: String, time: TimeTicks.Fit) {
        let scale = time.scale
        self.init(title: title, marks: time.ticks.map { Mark(position: scale.normalized($0.value), lines: [$0.label]) })
    }
}
