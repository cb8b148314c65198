import ColdVizStats

/// Generates a seeded experiment in one of coldviz's input formats (`coldviz synth`).
public enum Synthesizer {
    /// Writes the experiment `options` describes under `options.outputDirectory`, and its manifest when
    /// asked; returns the ground truth.
    ///
    /// Stops after `invocationLimit` invocations or once about `sizeLimitBytes` are on disk (checked
    /// after each function's burst, so it overshoots by at most one function's burst), else after
    /// `burstCount` bursts. Memory stays flat in the output size, except that with a manifest every
    /// generated Init Duration and Duration is kept (16 bytes per invocation). O(invocations).
    @discardableResult
    public static func run(_ options: SynthOptions) throws(SynthError) -> SynthManifest {
        try validate(options)
        var simulator = ExperimentSimulator(options: options)
        let context = WriteContext(options: options)
        let writer = makeWriter(options.format)
        let keepValues = options.manifestPath != nil
        var total = 0
        var burst = 0
        let unbounded = options.invocationLimit != nil || options.sizeLimitBytes != nil
        generation: while unbounded || burst < options.burstCount {
            burst += 1
            let environments = simulator.burst(burst)
            var index = 0
            while index < environments.count {
                var group: [SynthEnvironment] = []
                let function = environments[index].function
                while index < environments.count, environments[index].function == function {
                    var env = environments[index]
                    index += 1
                    if let limit = options.invocationLimit {
                        env.invocations = Array(env.invocations.prefix(limit - total))
                        if env.invocations.isEmpty { continue }
                    }
                    total += env.invocations.count
                    record(env, into: &context.truth[function.name, default: GroupTruth()], keepValues: keepValues)
                    group.append(env)
                }
                if !group.isEmpty { try writer.write(group, burst: burst, context: context) }
                if let limit = options.invocationLimit, total >= limit { break generation }
                if let limit = options.sizeLimitBytes, context.counter.bytes >= limit { break generation }
            }
            try writer.endBurst(burst, context: context)
        }
        try writer.endBurst(burst, context: context)
        try writer.finish(context: context)
        let manifest = SynthManifest(
            options: options, truth: context.truth, functions: simulator.functions,
            bytesWritten: context.counter.bytes)
        if let path = options.manifestPath { try manifest.write(to: path) }
        return manifest
    }

    private static func record(_ env: SynthEnvironment, into truth: inout GroupTruth, keepValues: Bool) {
        for inv in env.invocations {
            truth.invocations += 1
            if let v = inv.initDurationMilliseconds {
                truth.coldStarts += 1
                if keepValues { truth.initDurationsMilliseconds.append(v) }
            } else {
                truth.warmStarts += 1
            }
            if keepValues { truth.durationsMilliseconds.append(inv.durationMilliseconds) }
        }
    }

    private static func makeWriter(_ format: SynthFormat) -> FormatWriter {
        switch format {
        case .text: TextFormatWriter()
        case .tail: TextFormatWriter(tail: true)
        case .filterLogEvents: FilterLogEventsWriter()
        case .s3Export: S3ExportWriter()
        case .subscription: SubscriptionWriter()
        case .jsonlog: JSONLogWriter()
        case .insights: InsightsWriter()
        case .xray: XRayWriter()
        }
    }

    private static func validate(_ o: SynthOptions) throws(SynthError) {
        let methods = ["zip", "zip_layers", "image"]
        if let bad = o.methods.first(where: { !methods.contains($0) }) {
            throw .invalidOption("methods must be zip, zip_layers or image, not `\(bad)`.")
        }
        if let bad = o.pythonVersions.first(where: { SynthCalibration.pythonFactor[$0] == nil }) {
            throw .invalidOption("Python versions must be 3.8 to 3.13, not `\(bad)`.")
        }
        if let bad = o.memorySizesMegabytes.first(where: { !(128...10240).contains($0) }) {
            throw .invalidOption("memory sizes must be 128 to 10240 MB, not \(bad).")
        }
        if o.methods.isEmpty || o.pythonVersions.isEmpty || o.memorySizesMegabytes.isEmpty {
            throw .invalidOption("at least one method, Python version and memory size is needed.")
        }
        if !(0...1).contains(o.noiseRate) { throw .invalidOption("the noise rate must be between 0 and 1, not \(o.noiseRate).") }
        if o.concurrency < 1 || o.requestsPerBurst < 1 || o.burstCount < 1 {
            throw .invalidOption("concurrency, requests per burst and bursts must be at least 1.")
        }
        if let n = o.invocationLimit, n < 1 { throw .invalidOption("the invocation limit must be at least 1, not \(n).") }
        if let n = o.sizeLimitBytes, n < 1 { throw .invalidOption("the size limit must be at least 1 byte.") }
    }
}
