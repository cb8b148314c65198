import ColdVizStats

/// A statistic over two dimensions (e.g. method × memory): one coloured cell per pair showing
/// the value and n, a colour bar, and hatched cells where there is no data.
public struct HeatmapChart: Chart {
    /// The values of one row × column pair.
    public struct Cell: Hashable, Sendable {
        /// Row value, e.g. "zip".
        public var row: String
        /// Column value, e.g. "1769".
        public var column: String
        /// The values (init durations in ms); non-finite values are ignored.
        public var values: [Double]

        /// Creates a cell.
        public init(row: String, column: String, values: [Double]) {
            self.row = row
            self.column = column
            self.values = values
        }
    }

    /// Row values, top to bottom.
    public var rows: [String]
    /// Column values, left to right.
    public var columns: [String]
    /// Cells; pairs without a cell (or with no values) are drawn as missing.
    public var cells: [Cell]
    /// The statistic shown.
    public var statistic: Statistic
    /// Unit of the values, e.g. "ms" (empty for counts).
    public var unit: String
    /// Chart title.
    public var title: String
    /// Title of the row dimension (y axis).
    public var rowTitle: String
    /// Title of the column dimension (x axis).
    public var columnTitle: String

    /// Creates a heatmap.
    public init(
        rows: [String], columns: [String], cells: [Cell], statistic: Statistic = .mean, unit: String = "ms",
        title: String = "Mean Init Duration by Method and Memory", rowTitle: String = "Packaging method",
        columnTitle: String = "Memory (MB)"
    ) {
        self.rows = rows
        self.columns = columns
        self.cells = cells
        self.statistic = statistic
        self.unit = unit
        self.title = title
        self.rowTitle = rowTitle
        self.columnTitle = columnTitle
    }
}
