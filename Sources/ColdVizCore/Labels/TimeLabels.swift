import Foundation

/// How the time dimensions `burst` and `deploy` are drawn (`--burst-gap`, `--deploy-window`,
/// `--deployed-at` and `coldviz.toml`'s `[deployments]`).
public struct TimeLabelSettings: Sendable, Equatable {
    /// Consecutive cold starts further apart than this start a new burst (the study's notebook: 60 s).
    public var burstGapMilliseconds: Int64 = 60_000
    /// How long after a deployment an invocation counts as `post-deploy`.
    public var deployWindowMilliseconds: Int64 = 15 * 60_000
    /// Deployments given by the user (flag, project file); those read from the inputs are added.
    public var deployments: [Deployment] = []

    /// The defaults: a 60 s burst gap, a 15 min deploy window and no user deployments.
    public init() {}
}

/// The `deploy` dimension's values.
public enum DeployPhase: String, Sendable, CaseIterable {
    /// Within the deploy window after one of the function's deployments.
    case postDeploy = "post-deploy"
    /// After the window.
    case steady
}

/// The bursts of a dataset and the deployments of its functions: what an invocation's `burst` and
/// `deploy` values are computed from. An invocation's time is its REPORT's (completion) time.
public struct TimeLabels: Sendable {
    /// Each burst's first and last cold-start time (ms), in time order.
    public private(set) var bursts: [(first: Int64, last: Int64)] = []
    /// Every deployment: the user's, the inputs' and those the logs show, in time order.
    public private(set) var deployments: [Deployment] = []
    /// The gap, window and user's deployments these were drawn with.
    public let settings: TimeLabelSettings

    /// The bursts of `invocations` (their `cold` starts, consecutive ones more than the gap apart split,
    /// as the timeline chart splits them) and the deployments of `settings`, `read` and, per function,
    /// each runtime version and each function version (JSON log format) after the first one seen, when the
    /// first environment on it completed an invocation (`function(i)` names invocation `i`). O(n log n).
    init(
        invocations: [Invocation], function: (Int) -> String, read: [Deployment], settings: TimeLabelSettings
    ) {
        self.settings = settings
        var cold: [Int64] = []
        // Per function, the first time each runtime version (`runtime …`) and function version (`version …`)
        // was seen.
        var versions: [String: [String: Int64]] = [:]
        // Neighbours mostly share an environment: its function and versions were looked up just before.
        var previous: (function: String, runtime: String?, version: String?, time: Int64)?
        for i in invocations.indices {
            guard let t = invocations[i].completionMilliseconds else { continue }
            if invocations[i].category == .cold { cold.append(t) }
            let runtime = invocations[i].runtimeVersion, version = invocations[i].functionVersion
            guard runtime != nil || version != nil else { continue }
            let f = function(i)
            if let p = previous, p.time <= t, p.runtime == runtime, p.version == version, p.function == f { continue }
            for key in [runtime.map { "runtime \($0)" }, version.map { "version \($0)" }].compactMap({ $0 }) {
                if versions[f]?[key].map({ $0 > t }) ?? true { versions[f, default: [:]][key] = t }
            }
            // Both first times are now at most t: a later invocation of the same names changes nothing.
            previous = (f, runtime, version, t)
        }
        cold.sort()
        bursts = Bursts.split(sortedMilliseconds: cold, gapMilliseconds: settings.burstGapMilliseconds).map {
            (cold[$0.lowerBound], cold[$0.upperBound - 1])
        }
        var all = settings.deployments + read
        for (f, seen) in versions where seen.count > 1 {
            for kind in ["runtime ", "version "] {
                let ordered = seen.filter { $0.key.hasPrefix(kind) }
                    .sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
                for (v, t) in ordered.dropFirst() {
                    all.append(Deployment(target: .function(f), milliseconds: t, origin: .logs, detail: v))
                }
            }
        }
        deployments = all.sorted { $0.milliseconds < $1.milliseconds }
    }

    /// The burst (1-based) holding time `t`: the nearest burst whose span widened by the gap on both sides
    /// holds it (ties: the earlier); nil when none does. O(log bursts).
    public func burst(at t: Int64) -> Int? {
        // The first burst starting after t; the one before it is the other candidate.
        var lo = 0, hi = bursts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if bursts[mid].first <= t { lo = mid + 1 } else { hi = mid }
        }
        var best: (burst: Int, distance: Int64)?
        if lo > 0 { best = (lo - 1, max(0, t - bursts[lo - 1].last)) }
        if lo < bursts.count, best.map({ bursts[lo].first - t < $0.distance }) ?? true { best = (lo, bursts[lo].first - t) }
        guard let best, best.distance <= settings.burstGapMilliseconds else { return nil }
        return best.burst + 1
    }

    /// The deployment times (ms, ascending) that apply to `function`. O(deployments).
    func deploymentTimes(of function: String) -> [Int64] {
        deployments.filter { $0.applies(to: function) }.map(\.milliseconds)
    }

    /// `post-deploy` when the latest of `times` (ascending) at or before `t` is at most the window before
    /// it, `steady` when it is longer, nil when none precedes `t`. O(log deployments).
    func deployPhase(at t: Int64, times: [Int64]) -> DeployPhase? {
        var lo = 0, hi = times.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if times[mid] <= t { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        return t - times[lo - 1] <= settings.deployWindowMilliseconds ? .postDeploy : .steady
    }
}

extension Deployment {
    /// Whether this deployment deployed `function`.
    public func applies(to function: String) -> Bool {
        switch target {
        case .any: true
        case .function(let name): name == function
        case .pattern(let pattern): fnmatch(pattern, function, 0) == 0
        }
    }
}
