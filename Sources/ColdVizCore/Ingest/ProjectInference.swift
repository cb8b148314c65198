import Foundation

/// What `coldviz init` can tell about a folder: which entries hold Lambda log exports, and whether
/// the function names follow the reference study's pattern.
public struct ProjectInference: Sendable {
    /// Entries (names, not paths, sorted) whose first 10 files hold at least one REPORT.
    public var inputs: [String] = []
    /// Entries looked at.
    public var examined: [String] = []
    /// The distinct function names of the invocations in the inputs' samples, sorted.
    public var functions: [String] = []
    /// ``LabelPattern/study``'s text when some function name matches it, else nil.
    public var labelPattern: String?
    /// How many of ``functions`` ``LabelPattern/study`` matches.
    public var matchedFunctions = 0

    /// Entries never taken as inputs.
    static let skipped: Set<String> = ["Output", "charts", "Sources", "Tests", "bench", "docs", "scripts", "node_modules"]

    /// Looks at the folder's entries, reading up to 10 files of each. O(entries).
    public static func infer(folder: String) -> ProjectInference {
        var result = ProjectInference()
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        var names = Set<String>()
        for entry in entries where !entry.hasPrefix(".") && !skipped.contains(entry) && entry != "coldviz.toml" {
            result.examined.append(entry)
            let path = folder == "." ? entry : (folder as NSString).appendingPathComponent(entry)
            let files = InputDiscovery.discover([path]).files.prefix(10)
            let sample = files.enumerated().map { Ingestor.readFile($0.element, index: $0.offset, options: IngestOptions()) }
            guard sample.contains(where: { $0.accounting.reports > 0 }) else { continue }
            result.inputs.append(entry)
            let dataset = DatasetBuilder.build(IngestResult(files: Array(files), perFile: sample, pathProblems: []))
            let labeler = Labeler()
            for inv in dataset.invocations {
                names.insert(
                    labeler.functionName(
                        dataName: inv.functionNameFromData, fileIndex: inv.location.fileIndex, files: dataset.files))
            }
        }
        result.functions = names.sorted()
        result.matchedFunctions = result.functions.filter { LabelPattern.study.match($0) != nil }.count
        if result.matchedFunctions > 0 { result.labelPattern = LabelPattern.study.text }
        return result
    }

    /// The commented project file.
    public var toml: String {
        let list = inputs.map { "\"\($0)\"" }.joined(separator: ", ")
        let pattern =
            labelPattern.map { "label_pattern = \"\($0)\"" }
            ?? "# label_pattern = \"perf_{method}_Python{python}_{memory}\"  # no function name here matched it"
        return """
            # coldviz project file, written by `coldviz init`. Commands read it when they get no paths;
            # flags override it. Paths are relative to this file.

            # The exports to read: files, directories (read recursively) or globs.
            inputs = [\(list)]

            # How function names encode dimensions; placeholders are dimension names
            # (function, method, python, memory, architecture, runtimeVersion, logGroup), {*} matches anything.
            \(pattern)

            # Default grouping of `analyze` and `check`, and the percentiles `analyze` reports.
            # by = ["method", "python", "memory"]
            # percentiles = [50, 90, 95, 99]

            # Bursts of cold starts (dimension `burst`), the post-deploy window (dimension `deploy`) and the
            # proactive-init gap.
            # burst_gap = "60s"
            # deploy_window = "15m"
            # proactive_gap = "1s"

            # Dimension values for functions whose names carry none (exact names or globs).
            # [labels]
            # "checkout-*" = { method = "image", architecture = "arm64" }

            # Deployments (function name, ARN or glob = time or [times]); CloudTrail exports among the inputs
            # are read too.
            # [deployments]
            # "checkout-*" = "2024-03-04T08:55:00Z"

            [plot]
            # by = ["method"]
            # charts = ["all"]          # distribution, timeline, percentiles, heatmap, ecdf, box
            # formats = ["png"]         # png, svg, pdf
            # out = "charts"

            [check]
            # baseline = "baseline.json"
            # max_increase = { p95 = "10%", p50 = "5%" }

            """
    }
}
