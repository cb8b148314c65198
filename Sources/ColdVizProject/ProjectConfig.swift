import ColdVizCore
import Foundation
import TOMLKit

/// coldviz's dimensions, not Foundation's unit `Dimension`.
typealias Dimension = ColdVizCore.Dimension

/// A `coldviz.toml` project file: the inputs, labels and defaults of every command, so that
/// `coldviz analyze`, `coldviz plot --by method` and `coldviz check` work with no arguments.
/// Flags given on the command line override it.
public struct ProjectConfig: Sendable {
    /// The name commands look for in the current folder.
    public static let fileName = "coldviz.toml"

    /// The file this was read from.
    public var path: String
    /// Input paths, relative ones resolved against the file's folder, globs expanded.
    public var inputs: [String] = []
    public var labelPattern: String?
    public var labels = LabelRules()
    public var function: String?
    public var date: String?
    public var inputFormat: String?
    /// Default grouping of `analyze` and `check`.
    public var by: [ColdVizCore.Dimension]?
    /// Default percentiles of `analyze`, in percent (`[50, 95, 99]`).
    public var percentiles: [Double]?
    /// `burst_gap`, `deploy_window`, `proactive_gap` (durations such as `"60s"`, checked when read).
    public var burstGap: String?
    public var deployWindow: String?
    public var proactiveGap: String?
    /// `[deployments]`: function name, ARN or glob = time or list of times.
    public var deployments: [Deployment] = []
    public var plot = PlotSettings()
    public var check = CheckSettings()

    /// `[plot]`: defaults of `coldviz plot`.
    public struct PlotSettings: Sendable {
        public var by: [ColdVizCore.Dimension]?
        public var charts: [String]?
        public var formats: [String]?
        public var out: String?
        public var width: Int?
        public var height: Int?
        public var dpi: Double?
        public var theme: String?
        public var title: String?
        public var bins: String?
        public var logX: Bool?
        public var burstGap: String?
        public var bin: String?
        public var stat: String?
        public var heatmap: String?
        public var split: String?
    }

    /// `[check]`: defaults of `coldviz check` and `coldviz baseline`.
    public struct CheckSettings: Sendable {
        public var baseline: String?
        public var by: [ColdVizCore.Dimension]?
        public var metric: String?
        /// As on the command line: `p95=10%,p50=5%`.
        public var maxIncrease: String?
        public var confidence: Double?
        public var minSamples: Int?
        public var seed: Int?
        public var failOnInsufficient: Bool?
    }

    /// Reads and validates `path`. Unknown keys and values of the wrong type are errors naming the
    /// key, its line and what was expected.
    public init(contentsOf path: String) throws(ConfigError) {
        let (text, table) = try TOMLText.table(path: path)
        self.path = path
        let reader = ConfigReader(path: path, lines: ConfigKeyLines(text))
        try read(table, reader)
    }

    /// An empty configuration attributed to `path`.
    init(path: String) { self.path = path }

    /// The folder holding the file.
    public var directory: String { (path as NSString).deletingLastPathComponent }
}
