import Testing

@testable import ColdVizPlot

/// The build steps of the phases, imports and import-tree charts: plain arithmetic on small
/// inputs, expected values worked out by hand.
@Suite struct ExplainChartsBuildTests {
    @Test func phasesStackInOrderAndIgnoreInvalidValues() {
        let chart = PhasesChart(groups: [
            .init(
                name: "g",
                phases: [
                    .init(name: "Initialization", milliseconds: 100), .init(name: "Invocation", milliseconds: 50),
                    .init(name: "Overhead", milliseconds: .nan), .init(name: "Restore", milliseconds: -3),
                    .init(name: "Extra", milliseconds: 25),
                ], sampleCount: 7),
            .init(name: "empty", phases: [], sampleCount: 0),
        ])
        let bars = chart.build()
        #expect(bars.count == 2)
        #expect(bars[0].segments.map(\.name) == ["Initialization", "Invocation", "Overhead", "Restore", "Extra"])
        #expect(bars[0].segments.map(\.startMilliseconds) == [0, 100, 150, 150, 150])
        #expect(bars[0].segments.map(\.milliseconds) == [100, 50, 0, 0, 25])
        #expect(bars[0].totalMilliseconds == 175)
        let shares: [Double] = [100.0 / 175, 50.0 / 175, 0, 0, 25.0 / 175]
        #expect(bars[0].segments.map(\.share) == shares)
        #expect(bars[0].sampleCount == 7)
        #expect(bars[1].totalMilliseconds == 0 && bars[1].segments.isEmpty)
    }

    @Test func phaseColoursAreFixedForXRayPhasesAndDistinct() {
        let names = ["Initialization", "Invocation", "Overhead", "Restore", "Custom"]
        let colours = names.map { PhasesChart.color(ofPhase: $0, among: names, dark: false) }
        #expect(Set(colours).count == names.count)
        #expect(colours[0] == Color(hex: 0xE69F00))
        #expect(!GroupColors.reserved.values.contains(colours[0]) && !GroupColors.reserved.values.contains(colours[1]))
    }

    static let modules: [ImportsChart.Module] = [
        .init(name: "a", valuesByGroup: ["image": 10, "zip": 50]), .init(name: "b", valuesByGroup: ["image": 40]),
        .init(name: "c", valuesByGroup: ["zip": 5, "image": .nan]), .init(name: "d", valuesByGroup: ["image": 2, "zip": 3]),
        .init(name: "e", valuesByGroup: ["zip": 40]),
    ]

    @Test(arguments: [
        (2, ["a", "b", "other (3 modules)"], ["image": 2.0, "zip": 48.0]),
        (3, ["a", "b", "e", "other (2 modules)"], ["image": 2.0, "zip": 8.0]),
        (4, ["a", "b", "e", "c", "other (1 module)"], ["image": 2.0, "zip": 3.0]),
        (5, ["a", "b", "e", "c", "d"], [:]),
        (0, ["other (5 modules)"], ["image": 52.0, "zip": 98.0]),
    ])
    func topModulesKeepsTheCostliestAndSumsTheRest(count: Int, names: [String], other: [String: Double]) {
        let top = ImportsChart.topModules(Self.modules, count: count)
        #expect(top.map(\.name) == names)
        if let last = top.last, last.name.hasPrefix("other") {
            #expect(last.valuesByGroup == other)
        } else {
            #expect(other.isEmpty)
        }
    }

    @Test func importsBuildSkipsMissingAndInvalidValues() {
        let chart = ImportsChart(
            groups: ["image", "zip"], modules: Array(Self.modules.prefix(3)), colors: GroupColors(groups: ["image", "zip"]))
        let bars = chart.build()
        #expect(bars.map { "\($0.moduleIndex)\($0.groupIndex)" } == ["00", "01", "10", "21"])
        #expect(bars.map(\.milliseconds) == [10, 50, 40, 5])
    }

    static func node(_ name: String, _ cumulative: Double, _ selfMs: Double, _ children: [ImportTreeChart.Node] = [])
        -> ImportTreeChart.Node
    {
        .init(name: name, cumulativeMilliseconds: cumulative, selfMilliseconds: selfMs, children: children)
    }

    @Test func icicleChildrenAndSelfTimeFillTheParent() {
        // R 100 = self 10 + A 60 (self 20 + A1 40) + B 30.
        let root = Self.node("r", 100, 10, [Self.node("r.b", 30, 30), Self.node("r.a", 60, 20, [Self.node("r.a.x", 40, 40)])])
        let built = ImportTreeChart(roots: [root]).build()
        #expect(built.cells.map(\.name) == ["r", "r.a", "r.a.x", "r.b"])
        #expect(built.cells.map(\.startMilliseconds) == [0, 0, 0, 60])
        #expect(built.cells.map(\.widthMilliseconds) == [100, 60, 40, 30])
        #expect(built.cells.map(\.depth) == [0, 1, 2, 1])
        #expect(built.cells.map(\.parent) == [nil, 0, 1, 0])
        #expect(built.totalMilliseconds == 100 && built.depthCount == 3 && built.scaledParentCount == 0)
        // Children plus self time add up to each parent's width.
        for (i, cell) in built.cells.enumerated() {
            let children = built.cells.filter { $0.parent == i }
            guard !children.isEmpty else { continue }
            let selfMs = [0: 10.0, 1: 20.0][i]!
            #expect(abs(children.map(\.widthMilliseconds).reduce(0, +) + selfMs - cell.widthMilliseconds) < 1e-9)
        }
    }

    @Test func icicleScalesChildrenThatOverflowTheirParent() {
        // Medians need not add up: children 40 + 30 under a parent of 50 are scaled by 50/70.
        let root = Self.node("p", 50, 5, [Self.node("p.x", 40, 20, [Self.node("p.x.y", 20, 20)]), Self.node("p.z", 30, 30)])
        let built = ImportTreeChart(roots: [root]).build()
        let w = Dictionary(uniqueKeysWithValues: built.cells.map { ($0.name, $0.widthMilliseconds) })
        #expect(abs(w["p.x"]! - 40.0 * 50 / 70) < 1e-9)
        #expect(abs(w["p.z"]! - 30.0 * 50 / 70) < 1e-9)
        #expect(abs(w["p.x"]! + w["p.z"]! - 50) < 1e-9)
        #expect(abs(w["p.x.y"]! - 20.0 * 50 / 70) < 1e-9)
        #expect(built.scaledParentCount == 1)
        #expect(built.cells.first { $0.name == "p.x" }!.cumulativeMilliseconds == 40)
    }

    @Test func icicleRootsCostliestFirstDepthLimitedInvalidAsZero() {
        let chain = Self.node("deep", 9, 1, [Self.node("deep.a", 8, 1, [Self.node("deep.a.b", 7, 7)])])
        let built = ImportTreeChart(roots: [Self.node("small", 1, 1), chain, Self.node("bad", .nan, 0)], maxDepth: 2).build()
        #expect(built.cells.filter { $0.depth == 0 }.map(\.name) == ["deep", "small", "bad"])
        #expect(built.cells.filter { $0.depth == 0 }.map(\.startMilliseconds) == [0, 9, 10])
        #expect(built.cells.first { $0.name == "bad" }!.widthMilliseconds == 0)
        #expect(built.totalMilliseconds == 10)
        #expect(built.depthCount == 2 && built.hiddenNodeCount == 1)
        #expect(built.cells.map(\.package) == ["deep", "deep", "small", "bad"])
    }

    @Test func readableInkReachesWCAGAAOnEveryFill() {
        for v in stride(from: 0.0, through: 1.0, by: 0.05) {
            for fill in [
                Color(red: v, green: v, blue: v), Color(red: v, green: 0.5, blue: 1 - v), Color(red: 1, green: v, blue: 0),
            ] {
                #expect(fill.contrastRatio(with: fill.readableInk) >= 4.5, "\(fill.hexString)")
            }
        }
    }
}
