/// The invocations of a run, with everything needed to account for the input.
public struct Dataset: Sendable {
    /// Every input file, in the order named (directories expanded); ``SourceLocation/fileIndex`` indexes it.
    public var files: [InputFile]
    /// One per REPORT after deduplication (record-export rows read back included), then one per X-Ray
    /// trace that no invocation took (source `trace`).
    public var invocations: [Invocation]
    /// INIT_REPORTs with status error, failure or timeout (record-export rows included); not invocations.
    public var initFailures: [InitFailure]
    /// Init phases that no request waited for (provisioned concurrency, proactive initialisation).
    public var preinitialisedEnvironments: Int
    /// Totals over all files, duplicates already moved out of their record kinds.
    public var accounting: EventAccounting
    /// Malformed events and file-level errors, located (at most 50 per file).
    public var problems: [InputProblem]
    /// Notes that are not errors: the files' own (at most 50 per file, e.g. Insights results not
    /// `Complete`), then one per pair of REPORTs sharing a request id with different numbers.
    public var warnings: [InputProblem]
    /// Files or paths that could not be read at all, or were damaged.
    public var fileErrors: Int
    /// How traces, application logs and import timings matched the invocations.
    public var joins = JoinCoverage()
    /// Deployments read from the inputs (CloudTrail events), in input order.
    public var deployments: [Deployment] = []
    /// Per function, the labels record exports read back gave it (``Labeler`` uses them as a labels file).
    public var recordLabels: [String: [Dimension: String]] = [:]

    /// Whether some input could not be used: a file error or a malformed event (commands exit 2).
    public var hasUnusableInput: Bool { fileErrors > 0 || accounting.malformed > 0 }

    /// Invocations of `category`, of one source or of all. O(n).
    public func count(_ category: StartCategory, from source: InvocationSource? = nil) -> Int {
        var n = 0
        // Indexing reads two fields in place; a closure over elements would copy every invocation.
        for i in invocations.indices where invocations[i].category == category {
            if source == nil || invocations[i].source == source { n += 1 }
        }
        return n
    }
}
