extension Labeler {
    /// What labelling reads from an invocation: equal keys give equal dimension values.
    private struct InvocationKey: Hashable {
        /// The function name, from the data or else from the file: all that labelling takes from either.
        var function: String
        var memorySizeMegabytes: Int?
        var runtimeVersion: String?
        var logGroup: String?
        var category: StartCategory
    }

    /// The dimension values of every invocation, equal to mapping `dimensions(of:files:)` over them.
    /// O(n) hash lookups; see ``distinctDimensions(of:files:)``.
    public func dimensions(of invocations: [Invocation], files: [InputFile]) -> [[Dimension: String]] {
        let (distinct, index) = distinctDimensions(of: invocations, files: files)
        return index.map { distinct[Int($0)] }
    }

    /// The distinct dimension values of the invocations, and for each invocation the index of its own:
    /// `distinct[index[i]]` equals `dimensions(of: invocations[i], files: files)`. The function name is
    /// found once per data name or file, the pattern matched once per function name, and each distinct
    /// (function, memory, runtime, log group, category) labelled once. O(n) hash lookups. The index takes
    /// 4 bytes an invocation.
    func distinctDimensions(of invocations: [Invocation], files: [InputFile]) -> (
        distinct: [[Dimension: String]], index: [UInt32]
    ) {
        var slot: [InvocationKey: Int] = [:]
        var distinct: [[Dimension: String]] = []
        // Each file's function as a slot of `functions` (UInt32.max: not named yet): 4 bytes a file, where an
        // export tree holds hundreds of thousands.
        var functionOfFile: [UInt32] = []
        var functions: [String] = []
        // Files with the same name candidates (the files of one S3 export folder) share the pattern matching.
        var functionOfCandidates: [[String]: UInt32] = [:]
        var named: [String: [Dimension: String]] = [:]
        // Neighbours mostly share an environment and so a key: compared first, they skip the hashing.
        var previous: (key: InvocationKey, slot: UInt32)?
        // Files without a function name in their data are named once each (by path and pattern).
        func function(dataName: String?, fileIndex: Int) -> String {
            if let dataName { return dataName }
            if functionOfFile.isEmpty { functionOfFile = [UInt32](repeating: .max, count: files.count) }
            if functionOfFile[fileIndex] == .max {
                let candidates = files[fileIndex].nameCandidates
                if let slot = functionOfCandidates[candidates] {
                    functionOfFile[fileIndex] = slot
                } else {
                    functions.append(functionName(dataName: nil, fileIndex: fileIndex, files: files))
                    functionOfFile[fileIndex] = UInt32(functions.count - 1)
                    functionOfCandidates[candidates] = functionOfFile[fileIndex]
                }
            }
            return functions[Int(functionOfFile[fileIndex])]
        }
        // By index, reading only the fields used: iterating the elements would copy every invocation.
        let index = invocations.indices.map { i in
            let function = function(dataName: invocations[i].functionNameFromData, fileIndex: invocations[i].location.fileIndex)
            let key = InvocationKey(
                function: function, memorySizeMegabytes: invocations[i].report.memorySizeMegabytes,
                runtimeVersion: invocations[i].runtimeVersion, logGroup: invocations[i].logGroup,
                category: invocations[i].category)
            if let previous, previous.key == key { return previous.slot }
            if let s = slot[key] {
                previous = (key, UInt32(s))
                return UInt32(s)
            }
            let values = named[function] ?? fromName(function)
            named[function] = values
            distinct.append(dimensions(of: invocations[i], function: function, named: values))
            slot[key] = distinct.count - 1
            previous = (key, UInt32(distinct.count - 1))
            return UInt32(distinct.count - 1)
        }
        return (distinct, index)
    }
}
