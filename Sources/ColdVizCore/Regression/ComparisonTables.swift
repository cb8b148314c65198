import ColdVizStats

/// The human-readable renderings of a comparison: an aligned table for terminals and Markdown for
/// pull requests and `GITHUB_STEP_SUMMARY`.
public struct ComparisonTables: Sendable {
    /// Column name of the first side: `baseline` (check) or `A` (compare).
    public var beforeName: String
    /// Column name of the second side: `now` (check) or `B` (compare).
    public var afterName: String
    /// Whether thresholds and verdicts are shown (check) or not (compare).
    public var showsVerdicts: Bool

    /// Names for `coldviz check`.
    public static let check = ComparisonTables(beforeName: "baseline", afterName: "now", showsVerdicts: true)

    /// Creates a renderer.
    public init(beforeName: String, afterName: String, showsVerdicts: Bool) {
        self.beforeName = beforeName
        self.afterName = afterName
        self.showsVerdicts = showsVerdicts
    }

    /// One row per group and statistic; group values, n and the Mann-Whitney test on the first
    /// row of each group. O(rows).
    public func table(_ r: ComparisonReport) -> TextTable {
        let percent = Int((r.settings.confidence * 100).rounded())
        var headers =
            r.groupBy.map(\.rawValue) + [
                "stat", "n \(beforeName)→\(afterName)", beforeName, afterName,
                "change", "\(percent)% CI of change",
            ]
        if showsVerdicts { headers.append("max") }
        headers += ["MW p", "P(\(afterName)>\(beforeName))"]
        if showsVerdicts { headers.append("verdict") }
        var t = TextTable(
            headers: headers,
            rightAligned: r.groupBy.map { _ in false } + [false]
                + Array(repeating: true, count: headers.count - r.groupBy.count - 2) + [!showsVerdicts])
        let metric = r.settings.metric
        for g in r.groups {
            if g.verdict == .onlyInBaseline || g.verdict == .onlyNow {
                var row =
                    g.key + ["—", "\(g.baselineCount)→\(g.nowCount)"]
                    + Array(repeating: "", count: headers.count - g.key.count - 2)
                row[row.count - 1] =
                    showsVerdicts
                    ? g.verdict.rawValue : (g.verdict == .onlyNow ? "only in \(afterName)" : "only in \(beforeName)")
                t.rows.append(row)
                continue
            }
            for (i, c) in g.changes.enumerated() {
                let first = i == 0
                var row = first ? g.key : g.key.map { _ in "" }
                row.append(c.statistic.name + (c.verdict == .insufficient && !showsVerdicts ? "*" : ""))
                row.append(
                    first
                        ? "\(NumberFormatting.grouped(Double(g.baselineCount), decimals: 0))→\(NumberFormatting.grouped(Double(g.nowCount), decimals: 0))"
                        : "")
                row += [
                    Self.value(c.baseline, metric), Self.value(c.now, metric), Self.change(c, metric),
                    Self.interval(c.interval, metric),
                ]
                if showsVerdicts { row.append(c.threshold.map { Self.thresholdText($0, metric) } ?? "") }
                row.append(first ? g.mannWhitney.map { Self.pValue($0.pValue) } ?? "—" : "")
                row.append(first ? g.mannWhitney.map { NumberFormatting.grouped($0.effectSize, decimals: 2) } ?? "—" : "")
                if showsVerdicts { row.append(c.verdict.rawValue) }
                t.rows.append(row)
            }
        }
        return t
    }

    /// `1,234`, `55.1`, or `12.3%` for the rate; `—` for nil.
    static func value(_ v: Double?, _ metric: Metric) -> String {
        guard let v else { return "—" }
        switch metric {
        case .coldStartRate: return NumberFormatting.percent(v)
        case .usdPerMillionInvocations: return "$" + NumberFormatting.grouped(v, decimals: 2)
        case .initDuration, .duration: return NumberFormatting.milliseconds(v)
        }
    }

    /// `+312 (+30.1%)`, or `+1.5 pp` for the rate.
    static func change(_ c: StatisticChange, _ metric: Metric) -> String {
        guard let change = c.change else { return "—" }
        if metric == .coldStartRate { return signed(change * 100, decimals: 1) + " pp" }
        let absolute = signed(change, decimals: abs(change) >= 100 ? 0 : 1)
        guard let relative = c.relativeChange else { return absolute }
        return absolute + " (" + signed(relative * 100, decimals: 1) + "%)"
    }

    /// `[+120, +410]`, `undefined` for NaN bounds, `—` when not computed.
    static func interval(_ ci: ConfidenceInterval?, _ metric: Metric) -> String {
        guard let ci else { return "—" }
        guard !ci.lower.isNaN, !ci.upper.isNaN else { return "undefined" }
        let scale = metric == .coldStartRate ? 100.0 : 1
        let decimals = metric == .coldStartRate || max(abs(ci.lower), abs(ci.upper)) < 100 ? 1 : 0
        return "[" + signed(ci.lower * scale, decimals: decimals) + ", " + signed(ci.upper * scale, decimals: decimals) + "]"
            + (metric == .coldStartRate ? " pp" : "")
    }

    /// `+10%`, `+50 ms`, `+2 pp`.
    static func thresholdText(_ t: Threshold, _ metric: Metric) -> String {
        switch t {
        case .relative: "+" + t.text
        case .absolute(let a):
            switch metric {
            case .coldStartRate: "+" + JSONWriter.number((a * 100 * 1e6).rounded() / 1e6) + " pp"
            case .usdPerMillionInvocations: "+$" + t.text
            case .initDuration, .duration: "+" + t.text + " ms"
            }
        }
    }

    /// `0.031`, `<0.001`.
    static func pValue(_ p: Double) -> String { p < 0.001 ? "<0.001" : NumberFormatting.grouped(p, decimals: 3) }

    static func signed(_ v: Double, decimals: Int) -> String {
        let text = NumberFormatting.grouped(v, decimals: decimals)
        return text.hasPrefix("-") || text.allSatisfy({ $0 == "0" || $0 == "." })
            ? text.replacingOccurrences(of: "-", with: "−") : "+" + text
    }
}
