import ArgumentParser
import ColdVizCore
import ColdVizProject

/// A duration flag: `60s`, `5m`, `1h`, `250ms`, or a bare number of seconds.
struct DurationArgument: ExpressibleByArgument, Sendable {
    let milliseconds: Int64

    init?(argument: String) {
        guard let ms = DurationText.milliseconds(argument) else { return nil }
        milliseconds = ms
    }

    /// Parses the value of `flag`, with a message that says what a duration looks like.
    static func parser(_ flag: String) -> @Sendable (String) throws -> DurationArgument {
        { text in
            guard let d = DurationArgument(argument: text) else {
                throw ValidationError("`\(flag)` must be a duration like 60s or 5m, not `\(text)`.")
            }
            return d
        }
    }
}

/// A `--deployed-at` entry: `TIME` (every function) or `FUNCTION=TIME`.
struct DeploymentArgument: ExpressibleByArgument, Sendable {
    let deployment: Deployment

    init?(argument: String) {
        guard let d = Deployment.parse(argument, origin: .flag) else { return nil }
        deployment = d
    }
}

/// Flags of every command that reads logs about time (bursts, deployments, proactive inits) and price.
struct TimingOptions: ParsableArguments {
    @Option(
        name: .customLong("burst-gap"),
        help:
            "Start a new burst of cold starts when consecutive ones are further apart than this, e.g. 60s or 5m (default: 60s).",
        transform: DurationArgument.parser("--burst-gap"))
    var burstGap: DurationArgument?

    @Option(
        name: .customLong("deployed-at"), parsing: .singleValue,
        help: ArgumentHelp(
            "A deployment: TIME (of every function) or FUNCTION=TIME, FUNCTION a name, ARN or glob; TIME in ISO 8601, e.g. 2024-03-04T09:55:00Z. Repeatable; comma-separated lists are accepted.",
            valueName: "time"))
    var deployedAt: [String] = []

    @Option(
        name: .customLong("deploy-window"),
        help: "How long after a deployment an invocation counts as post-deploy (default: 15m).",
        transform: DurationArgument.parser("--deploy-window"))
    var deployWindow: DurationArgument?

    @Option(
        name: .customLong("proactive-gap"),
        help:
            "An invocation with Init Duration whose init ended longer than this before its START is a proactive initialisation, not a cold start (default: 1s).",
        transform: DurationArgument.parser("--proactive-gap"))
    var proactiveGap: DurationArgument?

    @Option(
        name: .customLong("price-gb-second"),
        help: "USD per GB-second of billed duration, for every architecture (default: 0.0000166667 x86_64, 0.0000133334 arm64).")
    var priceGbSecond: Double?

    @Option(name: .customLong("price-per-million-requests"), help: "USD per million requests (default: 0.20).")
    var pricePerMillionRequests: Double?

    /// The deployments of `--deployed-at`, or nil and the entry that is not one.
    var deployments: (deployments: [Deployment], invalid: String?) {
        var out: [Deployment] = []
        for entry in deployedAt.flatMap({ $0.split(separator: ",") }).map(String.init) {
            guard let d = DeploymentArgument(argument: entry) else { return ([], entry) }
            out.append(d.deployment)
        }
        return (out, nil)
    }

    func validate() throws {
        if let invalid = deployments.invalid {
            throw ValidationError(
                "`--deployed-at` takes TIME or FUNCTION=TIME with TIME like 2024-03-04T09:55:00Z, not `\(invalid)`.")
        }
        for (name, price) in [("--price-gb-second", priceGbSecond), ("--price-per-million-requests", pricePerMillionRequests)] {
            if let price, !(price >= 0 && price.isFinite) {
                throw ValidationError("`\(name)` must be a price of at least 0, not \(price).")
            }
        }
    }

    /// The labeler's time settings: flags, then the project file, then the defaults.
    func timeSettings(_ project: ProjectConfig?) -> TimeLabelSettings {
        var s = TimeLabelSettings()
        let gap = project?.burstGap ?? project?.plot.burstGap
        s.burstGapMilliseconds = burstGap?.milliseconds ?? gap.flatMap(DurationText.milliseconds) ?? s.burstGapMilliseconds
        s.deployWindowMilliseconds =
            deployWindow?.milliseconds ?? project?.deployWindow.flatMap(DurationText.milliseconds) ?? s.deployWindowMilliseconds
        s.deployments = (project?.deployments ?? []) + deployments.deployments
        return s
    }

    /// The proactive gap: flag, then the project file, then the default.
    func proactiveGapMilliseconds(_ project: ProjectConfig?) -> Int64 {
        proactiveGap?.milliseconds ?? project?.proactiveGap.flatMap(DurationText.milliseconds)
            ?? IngestOptions().proactiveGapMilliseconds
    }

    /// The prices in force.
    var pricing: Pricing {
        var p = Pricing()
        if let priceGbSecond { (p.x86GbSecond, p.arm64GbSecond) = (priceGbSecond, priceGbSecond) }
        if let pricePerMillionRequests { p.perMillionRequests = pricePerMillionRequests }
        return p
    }
}
