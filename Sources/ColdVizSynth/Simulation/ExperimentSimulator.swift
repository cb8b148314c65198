import ColdVizCore
import ColdVizStats
import Foundation

/// Simulates the experiment burst by burst: for each function, `concurrency` environments start cold
/// and serve the burst's remaining requests warm (Fixtures/experiment/README.md describes the same shape).
///
/// Bursts start at 09:00Z of the start day and follow each other 4 hours apart; the first burst and
/// then every third one follows a fresh deployment. Draws come from one SplitMix64 sequence, so a seed
/// fixes every value.
struct ExperimentSimulator {
    static let burstSpacingMilliseconds: Int64 = 4 * 3_600_000
    static let firstBurstOffsetMilliseconds: Int64 = 9 * 3_600_000
    static let burstsPerDeployment = 3
    /// P(1, 2, 3, ... warm invocations) is irrelevant here: warm requests are dealt to environments at random.
    let options: SynthOptions
    let functions: [SynthFunction]
    private(set) var rng: SeededGenerator

    init(options: SynthOptions) {
        self.options = options
        self.functions = SynthFunction.all(options)
        self.rng = SeededGenerator(seed: options.seed)
    }

    /// The environments of burst `burst` (1-based), function after function in name order. O(requests).
    mutating func burst(_ burst: Int) -> [SynthEnvironment] {
        let burstStart =
            options.startMilliseconds + Self.firstBurstOffsetMilliseconds
            + Int64(burst - 1) * Self.burstSpacingMilliseconds
        let first = burstStart + Int64(rng.integer(1000, 5000))
        let length = rng.integer(135_000, 170_000)
        let phase: InitDurationModel.Phase = (burst - 1) % Self.burstsPerDeployment == 0 ? .afterDeployment : .steadyState
        var result: [SynthEnvironment] = []
        for function in functions {
            let environments = max(1, min(options.concurrency, options.requestsPerBurst))
            var warmCounts = [Int](repeating: 0, count: environments)
            for _ in 0..<max(0, options.requestsPerBurst - environments) { warmCounts[rng.nextIndex(below: environments)] += 1 }
            for count in warmCounts {
                result.append(environment(function, burst: burst, phase: phase, first: first, length: length, warm: count))
            }
        }
        return result
    }

    private mutating func environment(
        _ function: SynthFunction, burst: Int, phase: InitDurationModel.Phase,
        first: Int64, length: Int, warm: Int
    ) -> SynthEnvironment {
        let day = String(Timestamp.formatISO8601(milliseconds: first).prefix(10).map { $0 == "-" ? "/" : $0 })
        let stream = "\(day)/[$LATEST]\(rng.hex(bytes: 16))"
        let coldArrival = first + Int64(rng.integer(0, length * 55 / 100))
        let initMilliseconds = InitDurationModel.draw(
            method: function.method, python: function.python,
            memoryMegabytes: function.memoryMegabytes, arm64: function.arm64,
            phase: phase, using: &rng)
        let cold = invocation(function, arrival: coldArrival, initMilliseconds: initMilliseconds, previousMemory: nil)
        var invocations = [cold]
        let end = first + Int64(length)
        var targets = (0..<warm).map { _ in
            Int64(rng.integer(Int(cold.reportMilliseconds) + 300, max(Int(cold.reportMilliseconds) + 300, Int(end))))
        }
        targets.sort()
        for target in targets {
            let previous = invocations[invocations.count - 1]
            let arrival = max(target, previous.reportMilliseconds + Int64(rng.integer(50, 400)))
            invocations.append(
                invocation(
                    function, arrival: arrival, initMilliseconds: nil,
                    previousMemory: previous.maxMemoryUsedMegabytes))
        }
        return SynthEnvironment(
            function: function, streamName: stream, burst: burst, invocations: invocations,
            moduleTimingsMicroseconds: moduleTimings(initMilliseconds: initMilliseconds))
    }

    private mutating func invocation(
        _ function: SynthFunction, arrival: Int64, initMilliseconds: Double?,
        previousMemory: Int?
    ) -> SynthInvocation {
        let epochHex = String(arrival / 1000, radix: 16)
        let traceId = "1-\(String(repeating: "0", count: max(0, 8 - epochHex.count)))\(epochHex)-\(rng.hex(bytes: 12))"
        let factor = ["3.8", "3.9", "3.10"].contains(function.python) ? 1 : SynthCalibration.warmFasterFactor
        let median =
            SynthCalibration.warmMedianAt1024Milliseconds
            * pow(1024 / Double(function.memoryMegabytes), SynthCalibration.warmMemoryExponent) * factor
        var duration = rng.logNormal(median: median, sigma: SynthCalibration.warmSigma)
        var initCentis: Int?
        var initStart: Int64?
        let start: Int64
        let memory: Int
        if let initMilliseconds {
            let f = SynthCalibration.coldDurationFactor
            duration *= rng.uniform(f.low, f.high)
            let centis = Self.centis(initMilliseconds)
            initCentis = centis
            initStart = arrival + Int64(rng.integer(60, 400))
            start = initStart! + Int64((centis + 50) / 100)
            let base = SynthCalibration.maxMemoryBaseMegabytes[function.method] ?? 230
            let step = Double(options.memorySizesMegabytes.firstIndex(of: function.memoryMegabytes) ?? 0) * 8
            memory = Int(min(max(base + rng.normal(mean: 0, standardDeviation: 22) + step, 150), 420))
        } else {
            start = arrival + Int64(rng.integer(1, 3))
            memory = min(450, (previousMemory ?? 200) + rng.integer(0, 6))
        }
        let durationCentis = Self.centis(duration)
        let billsInit = function.method == "image" || options.billInitForZip
        let billedCentis = durationCentis + (billsInit ? (initCentis ?? 0) : 0)
        return SynthInvocation(
            requestId: rng.uuid(), traceId: traceId, segmentId: rng.hex(bytes: 8), functionSegmentId: rng.hex(bytes: 8),
            arrivalMilliseconds: arrival, initStartMilliseconds: initStart, startMilliseconds: start,
            reportMilliseconds: start + Int64((durationCentis + 50) / 100), initCentis: initCentis,
            durationCentis: durationCentis, billedDurationMilliseconds: (billedCentis + 99) / 100,
            maxMemoryUsedMegabytes: memory)
    }

    /// Import timings (µs) of the study's function: the reference shape of docs/FORMATS.md §9.2 scaled so the
    /// imports take 55 % of the Init Duration, each module jittered by a log-normal factor (sigma 0.1).
    private mutating func moduleTimings(initMilliseconds: Double) -> [(module: String, microseconds: Int)] {
        let reference: [(String, Double)] = [
            ("base64", 18), ("os", 5), ("sys", 2), ("datetime", 310), ("json", 95), ("boto3", 84210),
            ("numpy", 97003), ("pandas", 402118), ("pyarrow", 211870), ("pyarrow.parquet", 38011),
            ("aws_lambda_powertools", 51020), ("powertools_setup", 1833), ("boto3_client", 48120),
        ]
        let scale = initMilliseconds * 1000 * 0.55 / reference.reduce(0) { $0 + $1.1 }
        return reference.map { ($0.0, max(1, Int(rng.logNormal(median: $0.1 * scale, sigma: 0.1)))) }
    }

    /// Milliseconds as hundredths whose last digit is never 0 (so `12.34`, never `12.30`).
    static func centis(_ milliseconds: Double) -> Int {
        let c = Int((milliseconds * 100).rounded())
        return c % 10 == 0 ? c + 1 : c
    }
}
