import ColdVizSynth
import ColdVizTestSupport
import Foundation
import Testing

@Suite("same seed and options, same bytes")
struct DeterminismTests {
    @Test("two runs write identical files", arguments: [SynthFormat.s3Export, .subscription, .xray])
    func twice(format: SynthFormat) throws {
        let a = FixturePaths.temporaryDirectory(), b = FixturePaths.temporaryDirectory(), c = FixturePaths.temporaryDirectory()
        defer { for d in [a, b, c] { try? FileManager.default.removeItem(at: d) } }
        for (directory, seed) in [(a, UInt64(3)), (b, 3), (c, 4)] {
            var options = smallOptions(format, into: directory, seed: seed)
            options.gzip = true
            options.manifestPath = nil
            try Synthesizer.run(options)
        }
        let first = filesUnder(a), second = filesUnder(b), other = filesUnder(c)
        #expect(!first.isEmpty)
        #expect(first == second)
        #expect(first != other, "another seed gives other data")
    }

    @Test("--invocations stops at exactly that many invocations")
    func invocationLimit() throws {
        let directory = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var options = smallOptions(.text, into: directory)
        options.invocationLimit = 1000
        let manifest = try Synthesizer.run(options)
        #expect(manifest.invocations == 1000)
        #expect(analyzeForTest([directory.appendingPathComponent("out").path]).dataset.accounting.reports == 1000)
    }

    @Test("--size stops after about that many bytes")
    func sizeLimit() throws {
        let directory = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var options = smallOptions(.text, into: directory)
        options.sizeLimitBytes = 2_000_000
        options.manifestPath = nil
        let manifest = try Synthesizer.run(options)
        let onDisk = filesUnder(directory).values.map(\.count).reduce(0, +)
        #expect(Int64(onDisk) == manifest.bytesWritten)
        #expect(onDisk >= 2_000_000 && onDisk < 2_050_000, "\(onDisk) bytes")
        #expect(manifest.invocations > 2 * 24 * 12, "more than the default bursts")
    }
}
