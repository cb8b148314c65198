import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

/// The fast paths of issue 7 against the straightforward code they replace, on the fixtures.
@Suite("Fast paths give what the straightforward code gives")
struct FastPathEquivalenceTests {
    @Test(
        "ASCII key normalisation equals lowercased() + replacingOccurrences",
        arguments: ["cold_start", "ColdStart", "coldStart", "FUNCTION_REQUEST_ID", "_x__y_", "", "Ünïcode_Key", "xray_trace_id"])
    func normalisedKey(_ key: String) {
        #expect(AppLogClassifier.normalisedKey(key) == key.lowercased().replacingOccurrences(of: "_", with: ""))
    }

    @Test("labelling all invocations at once equals labelling each one", arguments: ["experiment", "synth", "realdata"])
    func batchLabels(_ fixture: String) {
        let dataset = DatasetBuilder.build(Ingestor.ingest(paths: [FixturePaths.fixture(fixture)]))
        #expect(dataset.invocations.count > 10)
        let labeler = Labeler()
        let batch = labeler.dimensions(of: dataset.invocations, files: dataset.files)
        let single = dataset.invocations.map { labeler.dimensions(of: $0, files: dataset.files) }
        #expect(batch == single)
    }
}
