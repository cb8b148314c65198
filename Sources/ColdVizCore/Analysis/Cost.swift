/// Lambda's prices in USD (on-demand, first tier; regions and tiers differ): per GB-second of billed
/// compute by architecture, and per million requests.
public struct Pricing: Sendable, Equatable {
    /// x86_64, also used when the architecture is unknown.
    public var x86GbSecond = 0.0000166667
    /// arm64, for `architecture` values `arm64`, `arm` and `aarch64` (in any case).
    public var arm64GbSecond = 0.0000133334
    /// Every invocation is one request, whatever its architecture.
    public var perMillionRequests = 0.20

    /// Lambda's list prices above (`--price-gb-second` and `--price-per-million-requests` override them).
    public init() {}

    /// The GB-second price of an `architecture` dimension value: arm64 for `arm64`/`arm`, else x86_64.
    public func gbSecond(architecture: String) -> Double {
        let a = architecture.lowercased()
        return a == "arm64" || a == "arm" || a == "aarch64" ? arm64GbSecond : x86GbSecond
    }
}

/// What a group's invocations cost.
public struct GroupCost: Sendable, Equatable {
    /// Σ (Billed Duration + Billed Restore Duration) / 1000 × Memory Size / 1024.
    public var gbSeconds: Double
    /// The part of ``gbSeconds`` billed for Init phases: Init Duration where the REPORT shows it billed
    /// (Billed Duration ≥ Duration + Init Duration), and Billed Restore Duration.
    public var initGbSeconds: Double
    /// Invocations (one request each).
    public var requests: Int
    /// Σ GB-seconds × the price of the invocation's architecture + requests × the request price.
    public var usd: Double

    /// USD per million invocations; 0 without invocations.
    public var usdPerMillionInvocations: Double { requests == 0 ? 0 : usd / Double(requests) * 1_000_000 }
    /// ``initGbSeconds`` / ``gbSeconds``; nil when nothing was billed.
    public var initShareOfBilled: Double? { gbSeconds > 0 ? initGbSeconds / gbSeconds : nil }
}

/// Sums one group's cost, invocation by invocation (Neumaier's compensated sums: exact enough for
/// millions of terms).
struct CostAccumulator: Sendable {
    private var gbSeconds = CompensatedSum()
    private var initGbSeconds = CompensatedSum()
    private var computeUsd = CompensatedSum()
    private var requests = 0

    /// Adds `invocations[i]`, billed at `gbSecondPrice`. O(1).
    mutating func add(_ invocations: [Invocation], at i: Int, gbSecondPrice: Double) {
        requests += 1
        guard let billed = Self.billed(invocations, at: i) else { return }
        gbSeconds.add(billed.gbSeconds)
        initGbSeconds.add(billed.initGbSeconds)
        computeUsd.add(billed.gbSeconds * gbSecondPrice)
    }

    /// What `invocations[i]` cost in USD, times a million: its GB-seconds at `gbSecondPrice` and one request
    /// (the samples of `check --metric usdPerMillionInvocations`, whose mean is the group's cost). O(1).
    static func usdPerMillion(_ invocations: [Invocation], at i: Int, gbSecondPrice: Double, pricing: Pricing) -> Double {
        (billed(invocations, at: i)?.gbSeconds ?? 0) * gbSecondPrice * 1_000_000 + pricing.perMillionRequests
    }

    /// The GB-seconds billed for `invocations[i]`, and the part billed for Init; nil without Memory Size.
    private static func billed(_ invocations: [Invocation], at i: Int) -> (gbSeconds: Double, initGbSeconds: Double)? {
        // Fields read in place: building the whole report would cost more than the sums.
        guard let memory = invocations[i].memorySizeMegabytes else { return nil }
        let gigabytes = Double(memory) / 1024
        let billedRestore = invocations[i].billedRestoreDurationMilliseconds ?? 0
        let billedDuration = invocations[i].billedDurationMilliseconds
        let billed = (billedDuration ?? 0) + billedRestore
        var initBilled = billedRestore
        if let initDuration = invocations[i].initDurationMilliseconds, let duration = invocations[i].durationMilliseconds,
            let billedDuration, billedDuration >= duration + initDuration
        {
            initBilled += initDuration
        }
        return (billed / 1000 * gigabytes, initBilled / 1000 * gigabytes)
    }

    /// The cost summed so far under `pricing`'s request price.
    func cost(_ pricing: Pricing) -> GroupCost {
        GroupCost(
            gbSeconds: gbSeconds.value, initGbSeconds: initGbSeconds.value, requests: requests,
            usd: computeUsd.value + Double(requests) * pricing.perMillionRequests / 1_000_000)
    }
}

/// A sum with Neumaier's compensation.
private struct CompensatedSum: Sendable {
    private var sum = 0.0
    private var compensation = 0.0

    var value: Double { sum + compensation }

    mutating func add(_ x: Double) {
        let t = sum + x
        compensation += abs(sum) >= abs(x) ? (sum - t) + x : (x - t) + sum
        sum = t
    }
}
