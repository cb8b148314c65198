import ColdVizStats

/// Writes the environments of one format, a function's burst at a time.
protocol FormatWriter: AnyObject {
    /// Writes the environments one function started in one burst (in start order).
    func write(_ environments: [SynthEnvironment], burst: Int, context: WriteContext) throws(SynthError)
    /// Called after the last function of a burst.
    func endBurst(_ burst: Int, context: WriteContext) throws(SynthError)
    /// Closes every file.
    func finish(context: WriteContext) throws(SynthError)
}

extension FormatWriter {
    func endBurst(_ burst: Int, context: WriteContext) throws(SynthError) {}
}

/// What every writer shares during one run: options, noise, ground truth, the byte count and the
/// generator for format details (task ids, payload sizes), separate from the experiment's.
final class WriteContext {
    let options: SynthOptions
    var noise: NoiseInjector
    var truth: [String: GroupTruth] = [:]
    let counter = ByteCounter()
    var rng: SeededGenerator
    /// The next event id sequence number (event ids are unique per run).
    var eventSequence: Int64 = 0

    init(options: SynthOptions) {
        self.options = options
        self.noise = NoiseInjector(rate: options.noiseRate, seed: options.seed)
        self.rng = SeededGenerator(seed: options.seed ^ 0x666F_726D_6174)
    }

    /// The output path `relative` under the output directory, with `.gz` appended when compressing.
    func path(_ relative: String, compressible: Bool = true) -> String {
        options.outputDirectory + "/" + relative + (compressible && options.gzip ? ".gz" : "")
    }

    /// Opens `relative` for writing.
    func open(_ relative: String, compressible: Bool = true) throws(SynthError) -> OutputFile {
        try OutputFile(path: path(relative, compressible: compressible), gzip: compressible && options.gzip, counter: counter)
    }

    /// A 56-digit CloudWatch-like event id that sorts by time: 13 digits of time, 43 of sequence.
    func eventId(_ milliseconds: Int64) -> String {
        eventSequence += 1
        let s = String(eventSequence)
        return String(milliseconds) + String(repeating: "0", count: 43 - s.count) + s
    }

    /// Events of one function's burst for the text log format, noise included.
    func textEvents(_ env: SynthEnvironment) -> [LogEvent] {
        TextEventRenderer(importTime: options.importTime).events(
            env, noise: &noise, truth: &truth[env.function.name, default: GroupTruth()])
    }

    /// Events of one environment for the JSON log format, noise included.
    func jsonEvents(_ env: SynthEnvironment) -> [LogEvent] {
        JSONLogEventRenderer(importTime: options.importTime).events(
            env, noise: &noise, truth: &truth[env.function.name, default: GroupTruth()])
    }
}
