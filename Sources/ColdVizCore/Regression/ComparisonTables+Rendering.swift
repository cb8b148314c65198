extension ComparisonTables {
    /// The one-line outcome, counting groups by their worst statistic:
    /// `coldviz check FAIL: 3 groups: 1 regressed, 2 ok (Init Duration (ms) of cold starts, by method)`.
    public func headline(_ r: ComparisonReport, failOnInsufficient: Bool = false) -> String {
        guard showsVerdicts else {
            return
                "Compared \(r.groups.count) group\(r.groups.count == 1 ? "" : "s") by \(by(r)): \(r.settings.metric.title), \(beforeName) → \(afterName)"
        }
        let verdict = r.passes(failOnInsufficient: failOnInsufficient) ? "PASS" : "FAIL"
        let parts = Verdict.allCases.filter { r.count($0) > 0 || $0 == .regressed || $0 == .ok }.map {
            "\(r.count($0)) \($0.rawValue)"
        }
        let groups = "\(r.groups.count) group\(r.groups.count == 1 ? "" : "s")"
        return "coldviz check \(verdict): \(groups): " + parts.joined(separator: ", ")
            + " (\(r.settings.metric.title), by \(by(r)))"
    }

    /// What the numbers mean, with the seed: printed under the table.
    public func notes(_ r: ComparisonReport) -> [String] {
        let s = r.settings
        let percent = NumberFormatting.grouped(
            s.confidence * 100, decimals: s.confidence * 100 == (s.confidence * 100).rounded() ? 0 : 1)
        var lines = [
            "change = \(afterName) − \(beforeName); interval: \(percent)% BCa bootstrap of the difference, \(NumberFormatting.grouped(Double(s.resamples), decimals: 0)) resamples, seed \(s.seed).",
            "MW p: two-sided Mann-Whitney U test; P(\(afterName)>\(beforeName)) = U/(n1 n2), 0.5 = no shift. Percentiles are type 7 (numpy's default).",
        ]
        let minimum =
            s.minimumSampleSize.map { "at least \($0) values on each side (--min-samples)" }
            ?? "at least 10/(1-p) values on each side for a percentile ("
            + s.statistics.map { "\($0.statistic.name) \($0.statistic.minimumSampleSize)" }.joined(separator: ", ") + ")"
        if showsVerdicts {
            lines.append(
                "regressed: change above max and the interval above 0. insufficient: fewer than \(minimum.replacingOccurrences(of: "at least ", with: "")) or no interval; warns and passes unless --fail-on-insufficient."
            )
        } else {
            lines.append("* fewer than \(minimum.replacingOccurrences(of: "at least ", with: "")): read with care.")
        }
        return lines
    }

    /// The terminal rendering.
    public func renderTable(_ r: ComparisonReport, failOnInsufficient: Bool = false) -> String {
        headline(r, failOnInsufficient: failOnInsufficient) + "\n\n" + table(r).renderAligned() + "\n"
            + notes(r).joined(separator: "\n") + "\n"
    }

    /// The Markdown rendering for pull requests and `GITHUB_STEP_SUMMARY`.
    public func renderMarkdown(_ r: ComparisonReport, failOnInsufficient: Bool = false) -> String {
        let passed = r.passes(failOnInsufficient: failOnInsufficient)
        let mark = showsVerdicts ? (passed ? "✅ " : "❌ ") : ""
        var out = "### \(mark)\(headline(r, failOnInsufficient: failOnInsufficient))\n\n"
        out += table(r).renderMarkdown() + "\n"
        out += notes(r).map { "- " + $0 }.joined(separator: "\n") + "\n"
        return out
    }

    private func by(_ r: ComparisonReport) -> String { r.groupBy.map(\.rawValue).joined(separator: ", ") }
}
