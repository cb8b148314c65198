import ColdVizPlot

/// Realistic charts of every kind, shared by the look run and the rendering tests.
enum LookCharts {
    static let colors = GroupColors(groups: ["image", "zip", "zip_layers"])

    static func distribution() -> DistributionChart {
        var data = SampleData(seed: 42)
        let series = ["zip", "zip_layers", "image"].map {
            DistributionChart.Series(group: $0, values: data.initDurations(method: $0, count: $0 == "image" ? 1800 : 1000))
        }
        return DistributionChart(series: series, colors: colors, bins: .count(30))
    }

    static func all() -> [(String, any Chart)] {
        [("distribution", distribution())]
    }
}
