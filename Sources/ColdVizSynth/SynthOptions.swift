/// The container format `coldviz synth` writes (docs/FORMATS.md section numbers in brackets).
public enum SynthFormat: String, CaseIterable, Sendable {
    /// Plain platform lines, one file per function, stream after stream [2].
    case text
    /// `aws logs tail --format detailed` lines (`<time> <stream> <message>`), one file per function [3.3].
    case tail
    /// `aws logs filter-log-events` JSON, one document per function, events interleaved by time [4.2].
    case filterLogEvents = "filter-log-events"
    /// The S3 export tree `<function>/<task id>/<stream>/000000.gz` [3.6, 4.4].
    case s3Export = "s3-export"
    /// Decoded subscription payloads (`DATA_MESSAGE`), one compact JSON per line [4.3].
    case subscription
    /// Lambda JSON log format events in a get-log-events-style document [5.1, 5.2].
    case jsonlog
    /// Logs Insights `get-query-results` JSON of the README's query, one file per burst [6.1].
    case insights
    /// X-Ray `batch-get-traces` output per burst [8.1], beside the plain-text logs of the same invocations.
    case xray
}

/// What `coldviz synth` generates: the experiment's shape, its volume, the seed and the noise.
public struct SynthOptions: Sendable {
    /// The output directory (created when missing).
    public var outputDirectory: String
    public var format: SynthFormat = .text
    /// Gzip every output file that is not gzip by nature (the S3 export always is).
    public var gzip = false
    /// Stop after this many invocations (nil: see `sizeLimitBytes`, else one round of bursts).
    public var invocationLimit: Int?
    /// Stop after about this many bytes written to disk (compressed bytes when compressing).
    public var sizeLimitBytes: Int64?
    public var seed: UInt64 = 1
    /// Probability per invocation of each kind of noise (see `NoiseInjector`), 0...1.
    public var noiseRate = 0.0
    /// Where to write the ground truth as JSON, or nil.
    public var manifestPath: String?
    /// Packaging methods: `zip`, `zip_layers`, `image`.
    public var methods = ["zip", "zip_layers", "image"]
    /// Python versions as `3.8` ... `3.13`.
    public var pythonVersions = ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13"]
    /// Memory sizes in MB.
    public var memorySizesMegabytes = [1024, 1769, 3538, 10240]
    /// Also deploy every function on arm64 (`perf_..._arm64`).
    public var includeArm64 = false
    /// Bursts to generate when neither limit is given.
    public var burstCount = 3
    /// Invocations each function receives per burst.
    public var requestsPerBurst = 12
    /// Execution environments each function starts per burst (each one cold start).
    public var concurrency = 5
    /// Bill Init Duration for zip too (logs after the August 2025 INIT-billing change, docs/FORMATS.md §2.3.3).
    public var billInitForZip = false
    /// Log `python -X importtime` output during each Init phase.
    public var importTime = false
    /// Epoch milliseconds of the day the experiment starts (default 2024-03-04T00:00:00Z).
    public var startMilliseconds: Int64 = 1_709_510_400_000

    /// Options writing to `outputDirectory`, everything else at its default.
    public init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
    }
}
