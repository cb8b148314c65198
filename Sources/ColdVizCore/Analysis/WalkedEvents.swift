/// What walking the events of some files yields: the whole input's, or one reading unit's
/// (``StreamingBuilder``).
struct WalkedEvents: Sendable {
    var walker: EnvironmentWalker
    /// REPORTs sharing a request id with other numbers: both kept, each pair noted.
    var conflicts: [(first: SourceLocation, second: SourceLocation, requestId: LogId)]
    /// The duplicates dropped, by record kind.
    var duplicatesByKind: EventAccounting
}

/// What the files of a run say about themselves, gathered in input order: the accounting of their
/// events, located problems and warnings, file-level errors, and the deployments they hold.
struct FileFindings: Sendable {
    var accounting = EventAccounting()
    var problems: [InputProblem]
    var warnings: [InputProblem] = []
    var fileErrors: Int
    /// CloudTrail deployments, repeats included.
    var deployments: [CloudTrailDeployment] = []
    /// Invocations and failed inits of record exports, repeats included.
    var exportedInvocations: [Invocation] = []
    var exportedFailures: [InitFailure] = []
    /// Per function, the labels its exported rows gave it, first value kept.
    var exportLabels: [String: [Dimension: String]] = [:]

    /// Findings that start with the paths that could not be used at all.
    init(pathProblems: [InputProblem]) {
        problems = pathProblems
        fileErrors = pathProblems.count
    }

    /// What `file` found.
    init(_ file: FileIngest) {
        accounting = file.accounting
        problems = file.problems
        warnings = file.warnings
        fileErrors = file.fileErrors
        deployments = file.deployments
        exportedInvocations = file.exportedInvocations
        exportedFailures = file.exportedFailures
        exportLabels = file.exportLabels
    }

    /// Adds what `file` found, after what was added before.
    mutating func add(_ file: FileIngest) {
        add(FileFindings(file))
    }

    /// Adds `other`'s findings (of later files) after these.
    mutating func add(_ other: FileFindings) {
        accounting.add(other.accounting)
        problems.append(contentsOf: other.problems)
        warnings.append(contentsOf: other.warnings)
        fileErrors += other.fileErrors
        deployments.append(contentsOf: other.deployments)
        // Adopted when empty (one large export): appending would hold it twice for a moment.
        if exportedInvocations.isEmpty {
            exportedInvocations = other.exportedInvocations
        } else {
            exportedInvocations.append(contentsOf: other.exportedInvocations)
        }
        exportedFailures.append(contentsOf: other.exportedFailures)
        exportLabels.merge(other.exportLabels) { first, later in first.merging(later) { a, _ in a } }
    }
}
