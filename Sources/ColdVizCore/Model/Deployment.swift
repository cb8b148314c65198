/// A change to a function's code or configuration, at a time: what the `deploy` dimension measures from.
public struct Deployment: Sendable, Hashable {
    /// Which functions it deployed.
    public enum Target: Sendable, Hashable {
        /// Every function of the input (`--deployed-at` without a name).
        case any
        /// One function, by name (an ARN is reduced to its name).
        case function(String)
        /// The functions whose names match a shell-style pattern (`perf_image_*`, from `coldviz.toml`).
        case pattern(String)
    }

    /// Where it was read.
    public enum Origin: String, Sendable, Hashable {
        /// A CloudTrail event (`UpdateFunctionCode`, `PublishVersion`, ...).
        case cloudTrail
        /// `--deployed-at`.
        case flag
        /// The `[deployments]` table of `coldviz.toml`.
        case config
        /// The logs: an environment of the function on a new runtime version.
        case logs
    }

    /// The functions it changed: every function, one by name, or those matching a pattern.
    public var target: Target
    /// When it happened (epoch ms).
    public var milliseconds: Int64
    /// Where it was read: CloudTrail, `--deployed-at`, `coldviz.toml`, or a new runtime version in the logs.
    public var origin: Origin
    /// What it was, for messages and charts: the CloudTrail event name, or the runtime version seen.
    public var detail: String?

    /// A deployment of `target` at `milliseconds` (epoch ms), read from `origin`; `detail` names it in messages.
    public init(target: Target, milliseconds: Int64, origin: Origin, detail: String? = nil) {
        self.target = target
        self.milliseconds = milliseconds
        self.origin = origin
        self.detail = detail
    }

    /// A deployment as users write one: `TIME` (of every function) or `FUNCTION=TIME`, FUNCTION a name, an
    /// ARN or a shell-style pattern, TIME in ISO 8601 (`2024-03-04T09:55:00Z`; no zone is UTC); nil otherwise.
    public static func parse(_ text: String, origin: Origin) -> Deployment? {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let timeText = parts.last, let t = Timestamp.parseMilliseconds(timeText) else { return nil }
        guard parts.count == 2 else { return Deployment(target: .any, milliseconds: t, origin: origin) }
        return Deployment(target: target(named: parts[0]), milliseconds: t, origin: origin)
    }

    /// The target a user's name means: a pattern when it holds `*`, `?` or `[`, else a function name.
    public static func target(named name: String) -> Target {
        name.contains(where: { "*?[".contains($0) }) ? .pattern(name) : .function(functionName(name))
    }

    /// The function name of an ARN (`arn:aws:lambda:eu-west-1:123456789012:function:NAME[:qualifier]`) or
    /// of a partial ARN (`123456789012:function:NAME`, as the Lambda API accepts), or `nameOrArn` itself
    /// when it is a name.
    public static func functionName(_ nameOrArn: String) -> String {
        let parts = nameOrArn.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count >= 7, parts[0] == "arn", parts[5] == "function" { return String(parts[6]) }
        if parts.count >= 3, parts[0] != "arn", parts[1] == "function" { return String(parts[2]) }
        return nameOrArn
    }
}
