// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "coldviz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "coldviz", targets: ["coldviz"]),
        .library(name: "ColdVizCore", targets: ["ColdVizCore"]),
        .library(name: "ColdVizProject", targets: ["ColdVizProject"]),
        .library(name: "ColdVizStats", targets: ["ColdVizStats"]),
        .library(name: "ColdVizPlot", targets: ["ColdVizPlot"]),
        .library(name: "ColdVizCairo", targets: ["ColdVizCairo"]),
        .library(name: "ColdVizCharts", targets: ["ColdVizCharts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .systemLibrary(name: "CMalloc"),
        .target(name: "ColdVizStats"),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "ColdVizCore",
            dependencies: [
                "CZlib", "CSQLite", "CMalloc", "ColdVizStats",
            ]
        ),
        .target(
            name: "ColdVizProject", dependencies: ["ColdVizCore", .product(name: "TOMLKit", package: "TOMLKit")]),
        .target(name: "ColdVizPlot", dependencies: ["ColdVizStats"]),
        .target(name: "ColdVizCairo", dependencies: ["CCairo", "ColdVizPlot"]),
        .target(name: "ColdVizCharts", dependencies: ["ColdVizCore", "ColdVizPlot", "ColdVizStats"]),
        .target(name: "ColdVizSynth", dependencies: ["CZlib", "ColdVizCore", "ColdVizStats"]),
        .executableTarget(
            name: "coldviz",
            dependencies: [
                "ColdVizCore", "ColdVizProject", "ColdVizStats", "ColdVizPlot", "ColdVizCairo", "ColdVizCharts",
                "ColdVizSynth",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixture paths, ingest helpers and PNG decoding (Cairo) for the test targets.
        .target(name: "ColdVizTestSupport", dependencies: ["ColdVizCore", "ColdVizCairo", "CCairo"]),
        .testTarget(name: "ColdVizStatsTests", dependencies: ["ColdVizStats"]),
        // ColdVizProject: the labels-file tests read TOML labels files too.
        .testTarget(name: "ColdVizCoreTests", dependencies: ["ColdVizCore", "ColdVizProject", "ColdVizTestSupport"]),
        .testTarget(name: "ColdVizProjectTests", dependencies: ["ColdVizProject", "ColdVizCore", "ColdVizTestSupport"]),
        .testTarget(
            name: "ColdVizPlotTests",
            dependencies: ["ColdVizPlot", "ColdVizCairo", "ColdVizTestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "ColdVizChartsTests", dependencies: ["ColdVizCharts", "ColdVizCore", "ColdVizPlot", "ColdVizTestSupport"]),
        .testTarget(
            name: "ColdVizSynthTests",
            dependencies: ["ColdVizSynth", "ColdVizCore", "ColdVizStats", "ColdVizTestSupport"]
        ),
        .testTarget(
            name: "ColdVizCommandTests",
            dependencies: ["coldviz", "ColdVizCore", "ColdVizProject", "ColdVizCairo", "ColdVizTestSupport", "CSQLite"]
        ),
    ]
)
