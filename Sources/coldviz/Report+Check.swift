import ArgumentParser
import ColdVizCore
import ColdVizProject
import Foundation

extension ColdViz.Report {
    /// The `check` verdicts of the dataset against `path`, with the settings of `[check]` in the
    /// project file (check's defaults otherwise), and the compare chart in the charts' grouping.
    func checkPart(_ path: String, resolved: ResolvedInput, dataset: Dataset, charts: ReportCharts) throws -> ReportCheck {
        let c = resolved.project?.check
        let settings = try CheckSettingsResolver().resolve(c)
        let baseline = try ComparisonSides.readBaseline(path)
        let stored = try ComparisonSides.regroup(baseline, by: c?.by)
        let now = Baseline(dataset: dataset, labeler: resolved.labeler, groupBy: stored.groupBy, pricing: resolved.pricing)
        let report = Comparator.compare(baseline: stored, now: now, settings: settings)
        var check = ReportCheck(baselinePath: path, report: report, failOnInsufficient: c?.failOnInsufficient ?? false)
        do {
            let before = try baseline.regrouped(by: charts.by)
            check.chart = try charts.compare(before: before, beforeName: "before: " + (path as NSString).lastPathComponent)
        } catch let error as RegressionError {
            check.chartNote = "No compare chart: \(error.description)"
        }
        return check
    }
}
