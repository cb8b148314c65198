import ColdVizCharts
import ColdVizCore
import ColdVizPlot
import ColdVizStats
import ColdVizTestSupport
import Foundation
import Testing

/// The chart data of the experiment against numpy's statistics of it (Fixtures/experiment/expected-stats.json).
@Suite("Chart assembly")
struct ChartAssemblyTests {
    /// numpy's `byMethod` groups: method → (invocations, cold starts, Init Duration statistics).
    static func expected() throws -> [String: (invocations: Int, coldStarts: Int, initDuration: [String: Double])] {
        let data = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.fixture("experiment/expected-stats.json")))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let groups = try #require((root["byMethod"] as? [String: Any])?["groups"] as? [[String: Any]])
        var out: [String: (Int, Int, [String: Double])] = [:]
        for g in groups {
            let method = try #require((g["key"] as? [String: Any])?["method"] as? String)
            let stats = try #require(g["initDuration"] as? [String: Any]).compactMapValues { ($0 as? NSNumber)?.doubleValue }
            out[method] = (try #require(g["invocations"] as? Int), try #require(g["coldStarts"] as? Int), stats)
        }
        return out
    }

    static func assembly() -> ChartAssembly {
        let dataset = DatasetBuilder.build(Ingestor.ingest(paths: [FixturePaths.fixture("experiment/formats/text")]))
        return ChartAssembly(data: LabeledDataset(dataset, labeler: Labeler()), by: [.method], dark: false)
    }

    @Test("heatmap cells hold numpy's p95 and mean per method; the percentiles chart its counts")
    func heatmapAndPercentiles() throws {
        let expected = try Self.expected()
        let assembly = Self.assembly()
        for statistic in [Statistic.percentile(0.95), .mean] {
            let chart = assembly.heatmap(rows: .method, columns: .function, statistic: statistic)
            for method in ["image", "zip", "zip_layers"] {
                let cells = chart.cells.filter { $0.row == method }
                let pooled = HeatmapChart(
                    rows: [method], columns: ["all"],
                    cells: [HeatmapChart.Cell(row: method, column: "all", values: cells.flatMap(\.values))],
                    statistic: statistic
                ).build()
                let value = try #require(pooled.values[0][0])
                let reference = try #require(expected[method]?.initDuration[statistic.name])
                #expect(abs(value - reference) <= 1e-9 * abs(reference), "\(method) \(statistic.name)")
            }
        }
        let percentiles = assembly.percentiles()
        #expect(percentiles.groups.map(\.name) == ["image", "zip", "zip_layers"])
        for g in percentiles.groups {
            #expect(g.invocationCount == expected[g.name]?.invocations)
            #expect(g.initDurationsMilliseconds.count == expected[g.name]?.coldStarts)
        }
    }

    @Test("chart files are named the same for plot and report")
    func fileNames() {
        #expect(ChartFileName.of(.distribution, by: [.method, .memory]) == "distribution-by-method-memory")
        #expect(ChartFileName.box(by: [.method], split: .memory) == "box-by-method-split-memory")
        #expect(ChartFileName.box(by: [.method], split: nil) == "box-by-method")
        #expect(ChartFileName.heatmap(.median, rows: .method, columns: .memory) == "heatmap-p50-method-by-memory")
        #expect(ChartFileName.timeline(by: [.method], burst: 2) == "timeline-by-method-burst-2")
        #expect(ChartFileName.importTree(group: "zip / 3.9") == "importtree-zip---3.9")
    }
}
