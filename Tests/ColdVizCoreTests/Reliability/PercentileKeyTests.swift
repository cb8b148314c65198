import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Issue 15: percentiles that print under one name (`99.9` and `99.90000000001`, or `50,50`) never write a
/// JSON key or CSV column twice.
@Suite("Reliability: percentile names")
struct PercentileKeyTests {
    static let requests: [[Double]] = [[0.999, 0.9990000000001], [0.5, 0.5], [0.5, 0.9, 0.5]]

    @Test("each statistics object holds each percentile key once; each CSV column is named once", arguments: requests)
    func distinctKeys(probabilities: [Double]) throws {
        let dataset = DatasetBuilder.build(Ingestor.ingest(paths: [FixturePaths.fixture("experiment/formats/text")]))
        let analysis = Analyzer.analyze(dataset, labeler: Labeler(), probabilities: probabilities)
        let json = AnalysisJSON.render(analysis)
        // Every `{...}` object without nested objects: its keys, one per `"key":`.
        let objects = try NSRegularExpression(pattern: #"\{[^{}]*\}"#)
            .matches(in: json, range: NSRange(json.startIndex..., in: json)).map { String(json[Range($0.range, in: json)!]) }
        let keyPattern = try NSRegularExpression(pattern: #""([^"]+)"\s*:"#)
        var checked = 0
        for object in objects {
            let keys = keyPattern.matches(in: object, range: NSRange(object.startIndex..., in: object))
                .map { String(object[Range($0.range(at: 1), in: object)!]) }
            #expect(Set(keys).count == keys.count, "repeated key in \(object)")
            if keys.contains(where: { $0.hasPrefix("p") && $0.dropFirst().allSatisfy { $0.isNumber || $0 == "." } }) {
                checked += 1
            }
        }
        #expect(checked > 0)
        let header = try #require(AnalysisCSV.render(analysis).components(separatedBy: "\r\n").first).split(separator: ",")
        #expect(Set(header).count == header.count, "repeated column in \(header)")
    }
}
