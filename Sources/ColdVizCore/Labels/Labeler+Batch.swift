extension Labeler {
    /// What labelling reads from an invocation: equal keys give equal dimension values.
    private struct InvocationKey: Hashable {
        /// The function name, from the data or else from the file: all that labelling takes from either.
        var function: String
        var memorySizeMegabytes: Int?
        var runtimeVersion: String?
        var logGroup: String?
        var category: StartCategory
        var burst: Int?
        var deploy: DeployPhase?
    }

    /// The dimension values of every invocation of `dataset`, equal to mapping
    /// `dimensions(of:files:time:)` over them with the dataset's ``timeLabels(of:)``. O(n log n).
    /// Without `withTime`, `burst` and `deploy` are left `unknown` (groupings that use neither need not
    /// multiply their label sets by the bursts).
    public func dimensions(of dataset: Dataset, withTime: Bool = true) -> [[Dimension: String]] {
        let (distinct, index, _) = distinctDimensions(of: dataset, withTime: withTime)
        return index.map { distinct[Int($0)] }
    }

    /// The bursts and deployments of `dataset` under ``time``. O(n log n).
    public func timeLabels(of dataset: Dataset) -> TimeLabels {
        var names = FunctionNames(labeler: self, files: dataset.files)
        return TimeLabels(
            invocations: dataset.invocations,
            function: { names.function(of: dataset.invocations, at: $0) }, read: dataset.deployments, settings: time)
    }

    /// The distinct dimension values of the dataset's invocations, for each invocation the index of its
    /// own (`distinct[index[i]]` equals `dimensions(of: invocations[i], files: files, time: time)`), and the
    /// bursts and deployments. The function name is found once per data name or file, the pattern matched
    /// once per function name, and each distinct (function, memory, runtime, log group, category, burst,
    /// deploy phase) labelled once; without `withTime`, `burst` and `deploy` are left `unknown`. O(n log n).
    /// The index takes 4 bytes an invocation.
    func distinctDimensions(of dataset: Dataset, withTime: Bool = true) -> (
        distinct: [[Dimension: String]], index: [UInt32], time: TimeLabels
    ) {
        let invocations = dataset.invocations
        var names = FunctionNames(labeler: self, files: dataset.files)
        let time = TimeLabels(
            invocations: invocations, function: { names.function(of: invocations, at: $0) }, read: dataset.deployments,
            settings: self.time)
        var slot: [InvocationKey: Int] = [:]
        var distinct: [[Dimension: String]] = []
        var named: [String: [Dimension: String]] = [:]
        // Neighbours mostly share an environment and so a key: compared first, they skip the hashing.
        var previous: (key: InvocationKey, slot: UInt32)?
        var deploymentTimes: (function: String, times: [Int64])?
        // By index, reading only the fields used: iterating the elements would copy every invocation.
        let index = invocations.indices.map { i in
            let function = names.function(of: invocations, at: i)
            var burst: Int?, deploy: DeployPhase?
            if withTime, let t = invocations[i].completionMilliseconds {
                burst = time.burst(at: t)
                if !time.deployments.isEmpty {
                    if deploymentTimes?.function != function {
                        deploymentTimes = (function, time.deploymentTimes(of: function))
                    }
                    deploy = time.deployPhase(at: t, times: deploymentTimes!.times)
                }
            }
            let key = InvocationKey(
                function: function, memorySizeMegabytes: invocations[i].report.memorySizeMegabytes,
                runtimeVersion: invocations[i].runtimeVersion, logGroup: invocations[i].logGroup,
                category: invocations[i].category, burst: burst, deploy: deploy)
            if let previous, previous.key == key { return previous.slot }
            if let s = slot[key] {
                previous = (key, UInt32(s))
                return UInt32(s)
            }
            let values = named[function] ?? fromName(function, exported: dataset.recordLabels[function])
            named[function] = values
            distinct.append(dimensions(of: invocations[i], function: function, named: values, burst: burst, deploy: deploy))
            slot[key] = distinct.count - 1
            previous = (key, UInt32(distinct.count - 1))
            return UInt32(distinct.count - 1)
        }
        return (distinct, index, time)
    }
}

/// The function names of invocations, each file's found once: from the data, else by path and pattern.
private struct FunctionNames {
    let labeler: Labeler
    let files: [InputFile]
    // Each file's function as a slot of `functions` (UInt32.max: not named yet): 4 bytes a file, where an
    // export tree holds hundreds of thousands.
    private var functionOfFile: [UInt32] = []
    private var functions: [String] = []
    // Files with the same name candidates (the files of one S3 export folder) share the pattern matching.
    private var functionOfCandidates: [[String]: UInt32] = [:]

    init(labeler: Labeler, files: [InputFile]) {
        self.labeler = labeler
        self.files = files
    }

    /// The function name of `invocations[i]` (its fields read in place, the invocation not copied). O(1)
    /// amortised.
    mutating func function(of invocations: [Invocation], at i: Int) -> String {
        if let dataName = invocations[i].functionNameFromData { return dataName }
        let fileIndex = invocations[i].location.fileIndex
        if functionOfFile.isEmpty { functionOfFile = [UInt32](repeating: .max, count: files.count) }
        if functionOfFile[fileIndex] == .max {
            let candidates = files[fileIndex].nameCandidates
            if let slot = functionOfCandidates[candidates] {
                functionOfFile[fileIndex] = slot
            } else {
                functions.append(labeler.functionName(dataName: nil, fileIndex: fileIndex, files: files))
                functionOfFile[fileIndex] = UInt32(functions.count - 1)
                functionOfCandidates[candidates] = functionOfFile[fileIndex]
            }
        }
        return functions[Int(functionOfFile[fileIndex])]
    }
}
