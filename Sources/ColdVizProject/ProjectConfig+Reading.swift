import ColdVizCore
import Foundation
import TOMLKit

extension ProjectConfig {
    static let topKeys = [
        "inputs", "label_pattern", "labels_file", "labels", "function", "date", "input_format",
        "by", "percentiles", "burst_gap", "deploy_window", "proactive_gap", "deployments", "plot", "check",
    ]
    static let plotKeys = [
        "by", "charts", "formats", "out", "width", "height", "dpi", "theme", "title", "bins",
        "log_x", "burst_gap", "bin", "stat", "heatmap", "split",
    ]
    static let checkKeys = [
        "baseline", "by", "metric", "max_increase", "confidence", "min_samples", "seed",
        "fail_on_insufficient",
    ]

    mutating func read(_ t: TOMLTable, _ r: ConfigReader) throws(ConfigError) {
        try r.allow(t, prefix: "", keys: Self.topKeys)
        if let patterns = try r.strings(t, "inputs", prefix: "") { inputs = try resolveInputs(patterns, r) }
        labelPattern = try r.string(t, "label_pattern", prefix: "")
        if let pattern = labelPattern {
            do { _ = try LabelPattern(pattern) } catch {
                throw .badValue(
                    path: path, line: r.lines.line("label_pattern"), key: "label_pattern", message: "is invalid: \(error)")
            }
        }
        if let file = try r.string(t, "labels_file", prefix: "") {
            do { labels = try LabelRules(contentsOf: resolve(file)) } catch {
                throw .badValue(
                    path: path, line: r.lines.line("labels_file"), key: "labels_file", message: "cannot be used: \(error)")
            }
        }
        if let value = t["labels"] {
            guard let table = value.table else {
                throw r.wrongType("labels", "a table of function name or glob = { dimension = value }", value)
            }
            try readLabels(table, r)
        }
        function = try r.string(t, "function", prefix: "")
        date = try r.string(t, "date", prefix: "")
        inputFormat = try r.string(t, "input_format", prefix: "")
        if let f = inputFormat, InputFormat(rawValue: f) == nil {
            throw .badValue(
                path: path, line: r.lines.line("input_format"), key: "input_format",
                message: "must be one of \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")), not `\(f)`")
        }
        by = try r.dimensions(t, "by", prefix: "")
        percentiles = try r.numbers(t, "percentiles", prefix: "")
        if let p = percentiles, p.contains(where: { $0 <= 0 || $0 >= 100 }) {
            throw .badValue(
                path: path, line: r.lines.line("percentiles"), key: "percentiles", message: "must hold numbers between 0 and 100")
        }
        if let name = percentiles.flatMap({ Analyzer.repeatedPercentileName($0.map { $0 / 100 }) }) {
            throw .badValue(
                path: path, line: r.lines.line("percentiles"), key: "percentiles",
                message: "names \(name) twice (percentiles are named to one decimal)")
        }
        burstGap = try duration(t, "burst_gap", r)
        deployWindow = try duration(t, "deploy_window", r)
        proactiveGap = try duration(t, "proactive_gap", r)
        if let value = t["deployments"] {
            guard let table = value.table else {
                throw r.wrongType("deployments", "a table of function name or glob = time or [times]", value)
            }
            try readDeployments(table, r)
        }
        if let value = t["plot"] {
            guard let table = value.table else { throw r.wrongType("plot", "a table", value) }
            try readPlot(table, r)
        }
        if let value = t["check"] {
            guard let table = value.table else { throw r.wrongType("check", "a table", value) }
            try readCheck(table, r)
        }
    }

    /// A top-level duration key, checked.
    private func duration(_ t: TOMLTable, _ key: String, _ r: ConfigReader) throws(ConfigError) -> String? {
        guard let text = try r.string(t, key, prefix: "") else { return nil }
        guard DurationText.milliseconds(text) != nil else {
            throw .badValue(path: path, line: r.lines.line(key), key: key, message: "must be a duration like \"60s\" or \"15m\"")
        }
        return text
    }

    /// `[deployments]`: `"perf_image_*" = "2024-03-04T09:55:00Z"` or `= ["...", "..."]`.
    private mutating func readDeployments(_ t: TOMLTable, _ r: ConfigReader) throws(ConfigError) {
        for name in t.keys.sorted() {
            let key = "deployments.\(name)"
            let value = t[name]!
            let times: [String]
            if let one = value.string {
                times = [one]
            } else if let many = value.array, many.allSatisfy({ $0.string != nil }) {
                times = many.map { $0.string! }
            } else {
                throw r.wrongType(key, "a time such as \"2024-03-04T09:55:00Z\" or a list of times", value)
            }
            for text in times {
                guard let t = Timestamp.parseMilliseconds(text) else {
                    throw .badValue(
                        path: path, line: r.lines.line(key), key: key,
                        message: "must hold times like \"2024-03-04T09:55:00Z\", not `\(text)`")
                }
                deployments.append(Deployment(target: Deployment.target(named: name), milliseconds: t, origin: .config))
            }
        }
    }

    private mutating func readPlot(_ t: TOMLTable, _ r: ConfigReader) throws(ConfigError) {
        let p = "plot"
        try r.allow(t, prefix: p, keys: Self.plotKeys)
        plot.by = try r.dimensions(t, "by", prefix: p)
        plot.charts = try r.strings(t, "charts", prefix: p)
        plot.formats = try r.strings(t, "formats", prefix: p)
        plot.out = try r.string(t, "out", prefix: p).map(resolve)
        plot.width = try r.int(t, "width", prefix: p)
        plot.height = try r.int(t, "height", prefix: p)
        plot.dpi = try r.double(t, "dpi", prefix: p)
        plot.theme = try r.string(t, "theme", prefix: p)
        plot.title = try r.string(t, "title", prefix: p)
        plot.bins = try r.stringOrInt(t, "bins", prefix: p)
        plot.logX = try r.bool(t, "log_x", prefix: p)
        plot.burstGap = try r.string(t, "burst_gap", prefix: p)
        plot.bin = try r.string(t, "bin", prefix: p)
        plot.stat = try r.string(t, "stat", prefix: p)
        plot.heatmap = try r.strings(t, "heatmap", prefix: p)?.joined(separator: ",")
        plot.split = try r.string(t, "split", prefix: p)
    }

    private mutating func readCheck(_ t: TOMLTable, _ r: ConfigReader) throws(ConfigError) {
        let p = "check"
        try r.allow(t, prefix: p, keys: Self.checkKeys)
        check.baseline = try r.string(t, "baseline", prefix: p).map(resolve)
        check.by = try r.dimensions(t, "by", prefix: p)
        check.metric = try r.string(t, "metric", prefix: p)
        if let value = t["max_increase"] {
            if let s = value.string {
                check.maxIncrease = s
            } else if let table = value.table {
                var parts: [String] = []
                for key in table.keys.sorted() {
                    guard let v = table[key]?.string else {
                        throw r.wrongType("check.max_increase.\(key)", "a string such as \"10%\"", table[key]!)
                    }
                    parts.append("\(key)=\(v)")
                }
                check.maxIncrease = parts.joined(separator: ",")
            } else {
                throw r.wrongType("check.max_increase", "a string like \"p95=10%\" or a table { p95 = \"10%\" }", value)
            }
        }
        check.confidence = try r.double(t, "confidence", prefix: p)
        check.minSamples = try r.int(t, "min_samples", prefix: p)
        check.seed = try r.int(t, "seed", prefix: p)
        check.failOnInsufficient = try r.bool(t, "fail_on_insufficient", prefix: p)
    }

    /// A TOML labels file: `"glob" = { dimension = value }` at the top level or under `[labels]`.
    static func labelRules(tomlPath path: String) throws(ConfigError) -> LabelRules {
        let (text, table) = try TOMLText.table(path: path)
        var config = ProjectConfig(path: path)
        let nested = table["labels"]?.table
        try config.readLabels(
            nested ?? table, ConfigReader(path: path, lines: ConfigKeyLines(text)), prefix: nested == nil ? "" : "labels")
        return config.labels
    }

    private mutating func readLabels(_ t: TOMLTable, _ r: ConfigReader, prefix: String = "labels") throws(ConfigError) {
        for glob in t.keys {
            let key = prefix.isEmpty ? glob : "\(prefix).\(glob)"
            guard let entry = t[glob]?.table else { throw r.wrongType(key, "a table { dimension = value }", t[glob]!) }
            var values: [Dimension: String] = [:]
            for name in entry.keys {
                guard let d = Dimension(rawValue: name) else {
                    throw .unknownKey(
                        path: path, line: r.lines.line(key), key: "\(key).\(name)",
                        expected: Dimension.allCases.map(\.rawValue))
                }
                let v = entry[name]!
                guard let s = v.string ?? v.int.map(String.init) else {
                    throw r.wrongType("\(key).\(name)", "a string or integer", v)
                }
                values[d] = s
            }
            labels.rules.append((glob, values))
        }
    }

    /// A path relative to the config file's folder.
    func resolve(_ p: String) -> String {
        p.hasPrefix("/") || directory.isEmpty ? p : (directory as NSString).appendingPathComponent(p)
    }

    private func resolveInputs(_ patterns: [String], _ r: ConfigReader) throws(ConfigError) -> [String] {
        var out: [String] = []
        for pattern in patterns {
            let full = resolve(pattern)
            if pattern.contains(where: { "*?[".contains($0) }) {
                let matches = Glob.expand(full)
                guard !matches.isEmpty else {
                    throw .badValue(
                        path: path, line: r.lines.line("inputs"), key: "inputs", message: "pattern `\(pattern)` matches nothing")
                }
                out += matches
            } else {
                out.append(full)
            }
        }
        return out
    }
}
