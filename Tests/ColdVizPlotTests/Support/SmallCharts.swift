import ColdVizPlot

/// Small fixed inputs for scene snapshots (few primitives, readable diffs).
enum SmallCharts {
    static let colors = GroupColors(groups: ["image", "zip", "zip_layers"])
    static let zip: [Double] = [2950, 2890, 3010, 2975, 3333, 2999, 3005, 2940, 2960, 2985, 3020, 2930]
    static let image: [Double] = [1100, 1450, 1500, 1520, 8999, 4000, 1480, 1610, 2500, 6100, 1390, 1550]
    static let layers: [Double] = [3250, 3190, 3300]

    static func all() -> [(String, any Chart)] {
        let t0 = 1_701_094_611.0
        return [
            (
                "distribution",
                DistributionChart(
                    series: [
                        .init(group: "zip", values: zip), .init(group: "zip_layers", values: layers),
                        .init(group: "image", values: image),
                    ],
                    colors: colors, bins: .count(10))
            ),
            ("distribution-log", DistributionChart(series: [.init(group: "image", values: image)], colors: colors, xScale: .log)),
            (
                "timeline",
                TimelineChart(
                    series: [
                        .init(
                            group: "zip", completionSeconds: zip.indices.map { t0 + Double($0) * 0.4 },
                            initDurationsMilliseconds: zip),
                        .init(
                            group: "image", completionSeconds: image.indices.map { t0 + 2 + Double($0) * 0.3 },
                            initDurationsMilliseconds: image),
                    ], colors: colors)
            ),
            (
                "percentiles",
                PercentilesChart(groups: [
                    .init(name: "perf_zip_Python39", initDurationsMilliseconds: zip, invocationCount: 2000),
                    .init(name: "perf_image_Python39", initDurationsMilliseconds: image, invocationCount: 1500),
                    .init(name: "perf_zip_layers_Python39", initDurationsMilliseconds: layers, invocationCount: 30),
                    .init(name: "perf_zip_Python312", initDurationsMilliseconds: [], invocationCount: 4),
                ])
            ),
            (
                "heatmap",
                HeatmapChart(
                    rows: ["image", "zip"], columns: ["1024", "1769"],
                    cells: [
                        .init(row: "image", column: "1024", values: image), .init(row: "zip", column: "1024", values: zip),
                        .init(row: "zip", column: "1769", values: layers),
                    ],
                    statistic: .percentile(0.95))
            ),
            (
                "ecdf",
                ECDFChart(series: [.init(group: "zip", values: zip), .init(group: "image", values: image)], colors: colors)
            ),
            (
                "compare",
                CompareChart(
                    series: [
                        .init(group: "zip", before: zip, after: zip.map { $0 * 1.1 }),
                        .init(group: "image", before: image, after: image),
                        .init(group: "zip_layers", before: layers, after: []),
                    ],
                    colors: colors)
            ),
            (
                "box",
                BoxChart(
                    series: [
                        .init(group: "zip", values: zip), .init(group: "image", values: image),
                        .init(group: "zip_layers", values: layers),
                    ], colors: colors)
            ),
        ]
    }
}
