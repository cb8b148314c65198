// swift-tools-version:6.0
// Fuzz targets for coldviz (issue 15), apart from the main package so that `swift build` and `swift test`
// never build them. Built only by `make fuzz` (libFuzzer + AddressSanitizer); see README.md here.
import PackageDescription

let package = Package(
    name: "coldviz-fuzz",
    dependencies: [.package(name: "coldviz", path: "..")],
    targets: [
        .executableTarget(
            name: "ColdVizFuzz",
            dependencies: [
                .product(name: "ColdVizCore", package: "coldviz"), .product(name: "ColdVizProject", package: "coldviz"),
                .product(name: "ColdVizStats", package: "coldviz"),
                .product(name: "ColdVizPlot", package: "coldviz"),
            ]
        )
    ]
)
