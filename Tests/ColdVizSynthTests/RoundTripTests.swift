import ColdVizCore
import ColdVizStats
import ColdVizSynth
import ColdVizTestSupport
import Foundation
import Testing

/// Synthesise a small noisy experiment in each format, analyse it, and get back exactly what the
/// manifest says was generated: counts, the injected malformed lines and duplicates, and per group the
/// statistics of the generated values.
@Suite("synth then analyze gives back the ground truth")
struct RoundTripTests {
    @Test("every format", arguments: SynthFormat.allCases)
    func roundTrip(format: SynthFormat) throws {
        let directory = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out")
        let manifest = try Synthesizer.run(smallOptions(format, into: directory))
        #expect(manifest.invocations == 3 * 2 * 2 * 2 * 12)
        #expect(manifest.coldStarts == 3 * 2 * 2 * 2 * 5)
        #expect(manifest.groups.map(\.expectedMalformed).reduce(0, +) > 0, "noise 0.2 injects malformed lines")
        #expect(manifest.groups.map(\.duplicateEvents).reduce(0, +) > 0, "noise 0.2 injects duplicates")

        let analysis = analyzeForTest([output.path])
        let accounting = analysis.dataset.accounting
        #expect(accounting.reports == manifest.invocations)
        #expect(accounting.malformed == manifest.groups.map(\.expectedMalformed).reduce(0, +))
        #expect(accounting.duplicates == manifest.groups.map(\.duplicateEvents).reduce(0, +))
        #expect(accounting.isReconciled)
        #expect(analysis.dataset.fileErrors == 0)
        #expect(analysis.groupBy == [.method, .python, .memory])
        #expect(analysis.groups.count == manifest.groups.count)
        for want in manifest.groups {
            let f = want.function
            let key = [f.method, f.python, String(f.memoryMegabytes)]
            let got = try #require(analysis.groups.first { $0.key.map(\.value) == key }, "group \(key)")
            #expect(got.invocations == want.invocations, "\(format) \(key)")
            #expect(got.coldStarts == want.coldStarts, "\(format) \(key)")
            #expect(got.warmStarts == want.warmStarts, "\(format) \(key)")
            #expect(got.suppressedInitColdStarts == 0, "\(format) \(key)")
            #expect(got.initDuration == Summary(values: want.initDurationsMilliseconds), "\(format) \(key) init")
            #expect(got.duration == Summary(values: want.durationsMilliseconds), "\(format) \(key) duration")
        }
    }

    @Test("the manifest file holds the same counts as the returned manifest")
    func manifestFile() throws {
        let directory = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let options = smallOptions(.text, into: directory)
        let manifest = try Synthesizer.run(options)
        let data = try #require(FileManager.default.contents(atPath: options.manifestPath!))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["invocations"] as? Int == manifest.invocations)
        #expect(json["coldStarts"] as? Int == manifest.coldStarts)
        let groups = try #require(json["groups"] as? [[String: Any]])
        #expect(groups.count == manifest.groups.count)
        let first = try #require(groups.first)
        let values = try #require(first["initDurationsMs"] as? [Double])
        #expect(values == manifest.groups[0].initDurationsMilliseconds)
        let summary = try #require(first["initDuration"] as? [String: Any])
        #expect(summary["p50"] as? Double == Summary(values: values)?.percentile(0.5)?.value)
    }

    @Test("without noise nothing is malformed or duplicated")
    func clean() throws {
        let directory = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let manifest = try Synthesizer.run(smallOptions(.filterLogEvents, into: directory, noise: 0))
        let analysis = analyzeForTest([directory.appendingPathComponent("out").path])
        #expect(manifest.groups.allSatisfy { $0.expectedMalformed == 0 && $0.duplicateEvents == 0 && $0.tracebacks == 0 })
        #expect(analysis.dataset.accounting.malformed == 0)
        #expect(analysis.dataset.accounting.duplicates == 0)
        #expect(analysis.dataset.accounting.reports == manifest.invocations)
    }
}
