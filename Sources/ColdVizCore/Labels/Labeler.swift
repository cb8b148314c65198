/// Gives every invocation its dimension values: from the data first (Memory Size, INIT_START's runtime
/// version, the log group), then from the labels file, then from the function name through the label
/// pattern; a value nothing gives is `unknown`, and the invocation is kept.
public struct Labeler: Sendable {
    /// Gives values from the function name (the labels file and the data override them), and picks the
    /// file or folder name taken as the function name.
    public var pattern: LabelPattern
    /// The labels file's values per function name or glob: override the pattern's, yield to the data's.
    public var rules: LabelRules
    /// `--function`: the name for inputs whose data and file name give none.
    public var functionOverride: String?
    /// How the `burst` and `deploy` dimensions are drawn.
    public var time = TimeLabelSettings()

    /// Creates a labeler; the default pattern is the reference study's.
    public init(pattern: LabelPattern = .study, rules: LabelRules = LabelRules(), functionOverride: String? = nil) {
        self.pattern = pattern
        self.rules = rules
        self.functionOverride = functionOverride
    }

    /// The function name: from the data, else the nearest file or folder name matching the pattern,
    /// else `--function`, else the file's own name.
    public func functionName(dataName: String?, fileIndex: Int, files: [InputFile]) -> String {
        if let dataName { return dataName }
        let candidates = files[fileIndex].nameCandidates
        if let match = candidates.first(where: { pattern.match($0) != nil }) { return match }
        if let functionOverride { return functionOverride }
        return candidates.first ?? Dimension.unknown
    }

    /// All dimension values of one invocation; `burst` and `deploy` from `time` (unknown without).
    public func dimensions(of inv: Invocation, files: [InputFile], time: TimeLabels? = nil) -> [Dimension: String] {
        let function = functionName(dataName: inv.functionNameFromData, fileIndex: inv.location.fileIndex, files: files)
        let moment = inv.completionMilliseconds
        return dimensions(
            of: inv, function: function, named: fromName(function),
            burst: moment.flatMap { time?.burst(at: $0) },
            deploy: moment.flatMap { t in time.flatMap { $0.deployPhase(at: t, times: $0.deploymentTimes(of: function)) } })
    }

    /// All dimension values of one invocation whose function name, the values it gives, burst and deploy
    /// phase are known.
    func dimensions(
        of inv: Invocation, function: String, named: [Dimension: String], burst: Int?, deploy: DeployPhase?
    ) -> [Dimension: String] {
        var d = named
        d[.function] = function
        if let burst { d[.burst] = String(burst) }
        if let deploy { d[.deploy] = deploy.rawValue }
        if let m = inv.report.memorySizeMegabytes { d[.memory] = String(m) }
        if let v = inv.runtimeVersion {
            d[.runtimeVersion] = v
            if let python = Self.pythonVersion(runtimeVersion: v) { d[.python] = python }
        }
        if let g = inv.logGroup { d[.logGroup] = g }
        d[.category] = inv.category.rawValue
        return complete(d)
    }

    /// The dimension values of a failed init (no REPORT: memory from its environment or the name).
    public func dimensions(of failure: InitFailure, files: [InputFile]) -> [Dimension: String] {
        let function = functionName(dataName: failure.functionNameFromData, fileIndex: failure.location.fileIndex, files: files)
        var d = fromName(function)
        d[.function] = function
        if let m = failure.memorySizeMegabytes { d[.memory] = String(m) }
        if let v = failure.runtimeVersion {
            d[.runtimeVersion] = v
            if let python = Self.pythonVersion(runtimeVersion: v) { d[.python] = python }
        }
        if let g = failure.logGroup { d[.logGroup] = g }
        d[.category] = "initFailure"
        return complete(d)
    }

    /// Whether the pattern gives values for this function name.
    public func patternMatches(_ function: String) -> Bool { pattern.match(function) != nil }

    /// The values the label pattern and the labels file give for a function name, then those a record
    /// export read back gave it (``Dataset/recordLabels``).
    func fromName(_ function: String, exported: [Dimension: String]? = nil) -> [Dimension: String] {
        var d = pattern.match(function) ?? [:]
        if let r = rules.values(for: function) { d.merge(r) { _, rule in rule } }
        if let exported { d.merge(exported) { _, record in record } }
        return d
    }

    private func complete(_ d: [Dimension: String]) -> [Dimension: String] {
        var d = d
        for dim in Dimension.allCases where d[dim] == nil { d[dim] = Dimension.unknown }
        return d
    }

    /// `python:3.12.v23`, `python:3.12.mainlinev2.v43` → `3.12`; nil for other runtimes.
    static func pythonVersion(runtimeVersion: String) -> String? {
        guard runtimeVersion.hasPrefix("python:") else { return nil }
        let parts = runtimeVersion.dropFirst(7).split(separator: ".")
        guard parts.count >= 2 else { return nil }
        return "\(parts[0]).\(parts[1])"
    }
}
