/// The invocations of a run, with everything needed to account for the input.
public struct Dataset: Sendable {
    public var files: [InputFile]
    public var invocations: [Invocation]
    public var initFailures: [InitFailure]
    /// Init phases that no request waited for (provisioned concurrency, proactive initialisation).
    public var preinitialisedEnvironments: Int
    /// Totals over all files, duplicates already moved out of their record kinds.
    public var accounting: EventAccounting
    /// Malformed events and file-level errors, located (at most 50 per file).
    public var problems: [InputProblem]
    public var warnings: [InputProblem]
    /// Files or paths that could not be read at all, or were damaged.
    public var fileErrors: Int
    /// How traces, application logs and import timings matched the invocations.
    public var joins = JoinCoverage()
}
