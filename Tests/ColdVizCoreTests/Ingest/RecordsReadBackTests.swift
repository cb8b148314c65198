import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

/// coldviz's own record export read back gives the statistics of the logs it came from (README, "Record
/// export"); explanations (traces, module times) are not exported, so phases and imports are left out.
@Suite("Record exports read back")
struct RecordsReadBackTests {
    static let sources = ["experiment/formats/s3-export", "realdata", "synth/formats/xray", "conclusions/logs"]

    /// The groups of `analyze --format json`, without what exports do not carry.
    static func groups(_ paths: [String], by: [ColdVizCore.Dimension]) throws -> [NSDictionary] {
        let analysis = Analyzer.analyze(StreamingBuilder.build(paths: paths), labeler: Labeler(), groupBy: by)
        let json = try JSONSerialization.jsonObject(with: Data(AnalysisJSON.render(analysis).utf8)) as? [String: Any]
        let groups = try #require(json?["groups"] as? [[String: Any]])
        return groups.map { g in
            var g = g
            (g["phases"], g["imports"]) = (nil, nil)
            return g as NSDictionary
        }
    }

    static func export(_ source: String, as format: String, quoteAll: Bool = false) throws -> URL {
        let dataset = StreamingBuilder.build(paths: [FixturePaths.fixture(source)])
        let rows = ExportRow.rows(LabeledDataset(dataset, labeler: Labeler()), labeler: Labeler())
        var text = format == "csv" ? RecordWriters.csv(rows) : RecordWriters.jsonLines(rows)
        if quoteAll {
            // As Athena writes its results: every field quoted.
            text =
                text.split(separator: "\r\n").map { line in
                    CSVFieldsTests.split(String(line))!.map {
                        "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                    }
                    .joined(separator: ",")
                }.joined(separator: "\n") + "\n"
        }
        let file = FixturePaths.temporaryDirectory().appendingPathComponent("records.\(format)")
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test("CSV and JSON lines give the logs' statistics, by the usual dimensions and by burst and category", arguments: sources)
    func sameStatistics(_ source: String) throws {
        for by: [ColdVizCore.Dimension] in [[.function], [.method, .burst, .category], [.memory, .runtimeVersion]] {
            let logs = try Self.groups([FixturePaths.fixture(source)], by: by)
            #expect(try Self.groups([Self.export(source, as: "csv").path], by: by) == logs, "csv by \(by)")
            #expect(try Self.groups([Self.export(source, as: "jsonl").path], by: by) == logs, "jsonl by \(by)")
        }
    }

    @Test("labels the export was given by a labels file hold when read back without it")
    func labelsKept() throws {
        var rules = LabelRules()
        rules.rules = [("perf_image_*", [.architecture: "arm64", .method: "container"])]
        let labeled = Labeler(rules: rules)
        let dataset = StreamingBuilder.build(paths: [FixturePaths.fixture("experiment/formats/text")])
        let rows = ExportRow.rows(LabeledDataset(dataset, labeler: labeled), labeler: labeled)
        let file = FixturePaths.temporaryDirectory().appendingPathComponent("records.csv")
        try Data(RecordWriters.csv(rows).utf8).write(to: file)
        let readBack = Analyzer.analyze(
            StreamingBuilder.build(paths: [file.path]), labeler: Labeler(), groupBy: [.method, .architecture])
        let keys = readBack.groups.map { $0.key.map(\.value) }
        #expect(keys == [["container", "arm64"], ["zip", "unknown"], ["zip_layers", "unknown"]])
        #expect(readBack.groups[0].coldStarts == 120)
    }

    @Test("a SQLite export reads the same", arguments: ["experiment/formats/s3-export", "conclusions/logs"])
    func sqlite(_ source: String) throws {
        let dataset = StreamingBuilder.build(paths: [FixturePaths.fixture(source)])
        let rows = ExportRow.rows(LabeledDataset(dataset, labeler: Labeler()), labeler: Labeler())
        let file = FixturePaths.temporaryDirectory().appendingPathComponent("records.sqlite")
        try SQLiteExport.write(rows, to: file.path)
        for by: [ColdVizCore.Dimension] in [[.function], [.method, .burst, .category]] {
            #expect(try Self.groups([file.path], by: by) == Self.groups([FixturePaths.fixture(source)], by: by))
        }
    }

    @Test("an Athena-style CSV (every field quoted) reads the same")
    func quotedCSV() throws {
        let source = "experiment/formats/s3-export"
        let logs = try Self.groups([FixturePaths.fixture(source)], by: [.method])
        #expect(try Self.groups([Self.export(source, as: "csv", quoteAll: true).path], by: [.method]) == logs)
    }

    @Test("two exports of the same run count each invocation once")
    func overlappingExports() throws {
        let source = "conclusions/logs"
        let a = try Self.export(source, as: "csv"), b = try Self.export(source, as: "jsonl")
        let dataset = StreamingBuilder.build(paths: [a.path, b.path])
        #expect(dataset.invocations.count == 274)
        #expect(dataset.accounting.duplicates == 274)
        #expect(dataset.accounting.isReconciled)
        #expect(try Self.groups([a.path, b.path], by: [.method]) == Self.groups([FixturePaths.fixture(source)], by: [.method]))
    }

    @Test("a row that is not a record is malformed at its line; the header is counted as ignored")
    func badRows() throws {
        let file = FixturePaths.temporaryDirectory().appendingPathComponent("records.csv")
        let header = ExportRow.columns.joined(separator: ",")
        let good =
            "invocation,f,unknown,unknown,unknown,unknown,unknown,unknown,unknown,,s,r1,,2024-03-04T09:00:00.000Z,warm,,,,10,11,128,50,,,x.log,3"
        let badNumber = good.replacingOccurrences(of: ",10,11,", with: ",ten,11,").replacingOccurrences(of: "r1", with: "r2")
        let badCategory = good.replacingOccurrences(of: ",warm,", with: ",tepid,").replacingOccurrences(of: "r1", with: "r3")
        try Data([header, good, badNumber, badCategory, "invocation,f"].joined(separator: "\n").utf8).write(to: file)
        let d = StreamingBuilder.build(paths: [file.path])
        #expect(d.invocations.count == 1)
        #expect(d.accounting.malformed == 3 && d.accounting.ignoredByReason[IgnoredReason.exportHeader.rawValue] == 1)
        #expect(d.accounting.isReconciled)
        #expect(d.problems.map(\.line) == [3, 4, 5])
        #expect(d.problems[0].message.contains("`duration_ms` is `ten`, not a number"))
    }

    @Test(
        "a large export read in pieces on all cores reads as in one: records, accounting, problem lines",
        arguments: ["csv", "jsonl"])
    func inPieces(_ format: String) throws {
        // Bad rows among good ones, so that each piece's line numbers show.
        let exported = try String(contentsOf: Self.export("conclusions/logs", as: format), encoding: .utf8)
        // By bytes: "\r\n" is one Character, which a split on "\n" would not see.
        var lines = exported.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        for k in stride(from: 40, to: lines.count - 1, by: 97) { lines[k] = format == "csv" ? "invocation,f" : "{\"record\": 1" }
        let file = FixturePaths.temporaryDirectory().appendingPathComponent("records.\(format)")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        func read(chunkBytes: Int) -> (Dataset, [NSDictionary]) {
            var options = IngestOptions()
            options.textChunkBytes = chunkBytes
            let dataset = StreamingBuilder.build(paths: [file.path], options: options)
            let analysis = Analyzer.analyze(dataset, labeler: Labeler(), groupBy: [.method, .category])
            let json = try? JSONSerialization.jsonObject(with: Data(AnalysisJSON.render(analysis).utf8)) as? [String: Any]
            return (dataset, (json?["groups"] as? [[String: Any]] ?? []).map { $0 as NSDictionary })
        }
        let (whole, wholeGroups) = read(chunkBytes: Int.max / 4)
        let (pieces, pieceGroups) = read(chunkBytes: 2048)
        #expect(whole.invocations.count > 200 && whole.problems.count >= 2)
        #expect(pieces.invocations.map(\.location) == whole.invocations.map(\.location))
        #expect(pieces.accounting == whole.accounting && pieces.accounting.isReconciled)
        #expect(pieces.problems.map(\.line) == whole.problems.map(\.line))
        #expect(whole.problems.map(\.line) == Array(stride(from: 41, to: lines.count, by: 97)))
        #expect(!pieceGroups.isEmpty && pieceGroups == wholeGroups)
    }
}
