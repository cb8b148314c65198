import ColdVizStats
import Foundation

/// The ground truth of one `coldviz synth` run: exactly what was generated and injected, per function.
public struct SynthManifest: Sendable {
    /// One function's truth.
    public struct Group: Sendable {
        public var function: SynthFunction
        public var invocations: Int
        /// REPORTs carrying Init Duration.
        public var coldStarts: Int
        public var warmStarts: Int
        /// Garbled REPORT lines injected (coldviz counts each as malformed).
        public var malformedLines: Int
        /// REPORT lines cut short (malformed for coldviz, except in the JSON log format where the cut
        /// message is no longer JSON and reads as application output).
        public var truncatedLines: Int
        /// Platform events written a second time (coldviz counts each as a duplicate).
        public var duplicateEvents: Int
        public var applicationLines: Int
        public var tracebacks: Int
        /// Every generated Init Duration (ms), in generation order; empty without a manifest path.
        public var initDurationsMilliseconds: [Double]
        /// Every generated Duration (ms); empty without a manifest path.
        public var durationsMilliseconds: [Double]
        /// The events coldviz must count as malformed in this run's format.
        public var expectedMalformed: Int
    }

    public var seed: UInt64
    public var format: SynthFormat
    public var noiseRate: Double
    public var bytesWritten: Int64
    /// Groups in function-name order (only functions that received an invocation).
    public var groups: [Group]

    /// All invocations.
    public var invocations: Int { groups.reduce(0) { $0 + $1.invocations } }
    /// All cold starts.
    public var coldStarts: Int { groups.reduce(0) { $0 + $1.coldStarts } }

    init(options: SynthOptions, truth: [String: GroupTruth], functions: [SynthFunction], bytesWritten: Int64) {
        seed = options.seed
        format = options.format
        noiseRate = options.noiseRate
        self.bytesWritten = bytesWritten
        groups = functions.compactMap { f in
            guard let t = truth[f.name], t.invocations > 0 else { return nil }
            let truncatedAreMalformed = options.format != .jsonlog
            return Group(
                function: f, invocations: t.invocations, coldStarts: t.coldStarts, warmStarts: t.warmStarts,
                malformedLines: t.malformedLines, truncatedLines: t.truncatedLines,
                duplicateEvents: t.duplicateEvents, applicationLines: t.applicationLines, tracebacks: t.tracebacks,
                initDurationsMilliseconds: t.initDurationsMilliseconds,
                durationsMilliseconds: t.durationsMilliseconds,
                expectedMalformed: t.malformedLines + (truncatedAreMalformed ? t.truncatedLines : 0))
        }
    }
}
