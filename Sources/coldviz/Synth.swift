import ArgumentParser
import ColdVizSynth
import Foundation

extension SynthFormat: ExpressibleByArgument {}

extension ColdViz {
    struct Synth: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a seeded, realistic Lambda cold-start experiment in one of the formats coldviz reads.",
            discussion: """
                Functions perf_{method}_Python{XY}_{memory} (zip, zip_layers, image; Python 3.8-3.13; 1024, \
                1769, 3538, 10240 MB) are invoked in bursts 4 hours apart; each burst starts --concurrency \
                environments per function (cold starts) that serve the other requests warm. Init Durations \
                follow the reference study and lambda-perf (see SynthCalibration.swift). The same seed and \
                options give the same bytes. --manifest writes the ground truth per function.
                """
        )

        @Option(help: "Output directory.")
        var out: String

        @Option(help: "Output format: \(SynthFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: SynthFormat = .text

        @Flag(help: "Gzip every output file (S3 export objects always are).")
        var gzip = false

        @Option(help: "Stop after this many invocations.")
        var invocations: Int?

        @Option(help: "Stop after about this many bytes on disk, e.g. 1GB, 200MB, 64KiB.", transform: SizeArgument.flag("--size"))
        var size: SizeArgument?

        @Option(help: "Random seed.")
        var seed: UInt64 = 1

        @Option(help: "Noise rate in 0...1: application lines, tracebacks, malformed, truncated and duplicated events.")
        var noise: Double = 0

        @Option(help: "Write the ground truth (counts, injected noise, generated init durations) to this JSON file.")
        var manifest: String?

        @Option(help: "Packaging methods, comma-separated.")
        var methods: String = "zip,zip_layers,image"

        @Option(help: "Python versions, comma-separated.")
        var python: String = "3.8,3.9,3.10,3.11,3.12,3.13"

        @Option(help: "Memory sizes in MB, comma-separated.")
        var memory: String = "1024,1769,3538,10240"

        @Flag(help: "Also deploy every function on arm64.")
        var arm64 = false

        @Option(help: "Bursts to generate when neither --invocations nor --size is given.")
        var bursts: Int = 3

        @Option(help: "Requests per function and burst.")
        var requests: Int = 12

        @Option(help: "Execution environments each function starts per burst.")
        var concurrency: Int = 5

        @Flag(help: "Bill Init Duration for zip functions too (logs after August 2025).")
        var billedInit = false

        @Flag(help: "Log python -X importtime output during each Init phase.")
        var importTime = false

        func validate() throws {
            guard (0...1).contains(noise) else { throw ValidationError("`--noise` must be between 0 and 1, not \(noise).") }
            if let invocations, invocations < 1 {
                throw ValidationError("`--invocations` must be at least 1, not \(invocations).")
            }
            if memory.split(separator: ",").contains(where: { Int($0) == nil }) {
                throw ValidationError("`--memory` must be whole numbers of MB separated by commas, not `\(memory)`.")
            }
        }

        func run() throws {
            var options = SynthOptions(outputDirectory: out)
            options.format = format
            options.gzip = gzip
            options.invocationLimit = invocations
            options.sizeLimitBytes = size?.bytes
            options.seed = seed
            options.noiseRate = noise
            options.manifestPath = manifest
            options.methods = methods.split(separator: ",").map(String.init)
            options.pythonVersions = python.split(separator: ",").map(String.init)
            options.memorySizesMegabytes = memory.split(separator: ",").compactMap { Int($0) }
            options.includeArm64 = arm64
            options.burstCount = bursts
            options.requestsPerBurst = requests
            options.concurrency = concurrency
            options.billInitForZip = billedInit
            options.importTime = importTime
            let result: SynthManifest
            do {
                result = try Synthesizer.run(options)
            } catch {
                let message = "\(error)"
                if case .invalidOption = error { throw ValidationError(message) }
                throw Diagnostics.fail(message)
            }
            print("\(result.invocations) invocations, \(result.coldStarts) cold starts, \(result.bytesWritten) bytes in \(out)")
        }
    }
}
