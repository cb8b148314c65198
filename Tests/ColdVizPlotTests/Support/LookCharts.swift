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

    static func timeline() -> TimelineChart {
        var data = SampleData(seed: 7)
        // 2023-11-27T14:16:50Z
        let series = data.burst(start: 1_701_094_610, perMethod: 120).map {
            TimelineChart.Series(group: $0.method, completionSeconds: $0.completion, initDurationsMilliseconds: $0.initMs)
        }
        return TimelineChart(series: series, colors: colors)
    }

    static let methods = ["image", "zip", "zip_layers"]
    static let runtimes = ["Python38", "Python39", "Python310", "Python311"]
    static let memories = ["1024", "1769", "3538", "10240"]

    static func percentiles() -> PercentilesChart {
        var data = SampleData(seed: 11)
        var groups: [PercentilesChart.Group] = []
        for m in methods {
            for r in runtimes {
                let n = m == "image" && r == "Python311" ? 6 : 120 + Int(data.nextUniform() * 60)
                groups.append(
                    .init(
                        name: "perf_\(m)_\(r)", initDurationsMilliseconds: data.initDurations(method: m, count: n),
                        invocationCount: 2000))
            }
        }
        groups.append(.init(name: "perf_zip_Python312", initDurationsMilliseconds: [], invocationCount: 40))
        return PercentilesChart(groups: groups)
    }

    static func heatmap() -> HeatmapChart {
        var data = SampleData(seed: 12)
        var cells: [HeatmapChart.Cell] = []
        for m in methods {
            for mem in memories where !(m == "zip_layers" && mem == "10240") {
                cells.append(
                    .init(
                        row: m, column: mem, values: data.initDurations(method: m, count: m == "image" && mem == "1024" ? 4 : 150)
                    ))
            }
        }
        return HeatmapChart(rows: methods, columns: memories, cells: cells)
    }

    static func ecdf() -> ECDFChart {
        var data = SampleData(seed: 13)
        return ECDFChart(
            series: methods.map { .init(group: $0, values: data.initDurations(method: $0, count: 800)) }, colors: colors,
            xScale: .log)
    }

    static func box() -> BoxChart {
        var data = SampleData(seed: 14)
        var series: [BoxChart.Series] = []
        for m in methods {
            for mem in memories {
                series.append(
                    .init(group: m, subgroup: mem, values: data.initDurations(method: m, count: mem == "10240" ? 5 : 200)))
            }
        }
        return BoxChart(series: series, colors: GroupColors(groups: memories))
    }

    static func all() -> [(String, any Chart)] {
        [
            ("distribution", distribution()), ("timeline", timeline()), ("percentiles", percentiles()),
            ("heatmap", heatmap()), ("ecdf", ecdf()), ("box", box()),
        ]
    }
}
