import ColdVizCore
import ColdVizProject
import ColdVizStats
import Foundation

/// Runs one fuzz input through `target` and checks the invariants the CLI promises; a broken invariant
/// stops the process (`fatalError`), which libFuzzer reports as a crash with the input saved.
enum FuzzHarness {
    nonisolated(unsafe) static var target = FuzzTarget.text
    /// A scratch folder with two sub-folders, `a` and `b`, each holding one copy of the input file.
    static let scratch: String = {
        let dir = NSTemporaryDirectory() + "coldviz-fuzz-\(getpid())"
        for copy in ["a", "b"] {
            try? FileManager.default.createDirectory(atPath: dir + "/" + copy, withIntermediateDirectories: true)
        }
        return dir
    }()

    static func run(_ input: [UInt8]) {
        switch target {
        case .config: config(input)
        case .baseline: _ = try? Baseline(bytes: input, path: "fuzz.json")
        default: logs(target.file(input) ?? input)
        }
    }

    private static func config(_ input: [UInt8]) {
        let path = scratch + "/coldviz.toml"
        FileManager.default.createFile(atPath: path, contents: Data(input))
        _ = try? ProjectConfig(contentsOf: path)
    }

    private static func logs(_ file: [UInt8]) {
        let a = scratch + "/a/input", b = scratch + "/b/input"
        for path in [a, b] { FileManager.default.createFile(atPath: path, contents: Data(file)) }
        let once = DatasetBuilder.build(Ingestor.ingest(paths: [a]))
        let twice = DatasetBuilder.build(Ingestor.ingest(paths: [a, b]))
        // What the commands build while reading (StreamingBuilder) equals the exact build, record for record.
        for (paths, exact) in [([a], once), ([a, b], twice)] {
            check(rendered(StreamingBuilder.build(paths: paths)) == rendered(exact), "the build while reading is exact")
        }
        check(once.accounting.isReconciled, "events = records + ignored + malformed + duplicates (one copy)")
        check(twice.accounting.isReconciled, "events = records + ignored + malformed + duplicates (two copies)")
        check(twice.invocations.count == once.invocations.count, "a second copy adds no invocation")
        check(twice.initFailures.count == once.initFailures.count, "a second copy adds no failed init")
        check(twice.accounting.records == once.accounting.records, "a second copy adds no record")
        check(twice.deployments == once.deployments, "a second copy adds no deployment")
        let analysis = Analyzer.analyze(once, labeler: Labeler())
        for g in analysis.groups {
            for s in [g.initDuration, g.duration, g.durationCold, g.durationWarm, g.billedDuration, g.maxMemoryUsed] {
                guard let s else { continue }
                check(s.min.isFinite && s.max.isFinite && s.mean.isFinite, "statistics are finite")
                check(s.min <= s.max, "min <= max")
                let values = s.percentiles.map(\.value)
                check(values.allSatisfy { s.min <= $0 && $0 <= s.max }, "min <= percentiles <= max")
                check(values == values.sorted(), "percentiles ordered")
            }
        }
        StrictJSON.check(AnalysisJSON.render(analysis))
    }

    /// The analysis JSON and the export rows of `dataset`: what outputs show of it.
    private static func rendered(_ dataset: Dataset) -> String {
        let labeler = Labeler()
        return AnalysisJSON.render(Analyzer.analyze(dataset, labeler: labeler))
            + RecordWriters.jsonLines(ExportRow.rows(LabeledDataset(dataset, labeler: labeler), labeler: labeler))
    }

    static func check(_ condition: Bool, _ invariant: String) {
        if !condition { fatalError("invariant broken: \(invariant)") }
    }
}
