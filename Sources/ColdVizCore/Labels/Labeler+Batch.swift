extension Labeler {
    /// What labelling reads from an invocation: equal keys give equal dimension values.
    private struct InvocationKey: Hashable {
        var dataName: String?
        var fileIndex: Int
        var memorySizeMegabytes: Int?
        var runtimeVersion: String?
        var logGroup: String?
        var category: StartCategory
    }

    /// The dimension values of every invocation, equal to mapping `dimensions(of:files:)` over them.
    /// The function name is found once per data name or file, the pattern matched once per function
    /// name, and each distinct (function, file, memory, runtime, log group, category) labelled once, its
    /// values shared. O(n) hash lookups.
    public func dimensions(of invocations: [Invocation], files: [InputFile]) -> [[Dimension: String]] {
        var cache: [InvocationKey: [Dimension: String]] = [:]
        var functionByFile: [Int: String] = [:]
        var named: [String: [Dimension: String]] = [:]
        return invocations.map { inv in
            let key = InvocationKey(
                dataName: inv.functionNameFromData, fileIndex: inv.location.fileIndex,
                memorySizeMegabytes: inv.report.memorySizeMegabytes, runtimeVersion: inv.runtimeVersion,
                logGroup: inv.logGroup, category: inv.category)
            if let d = cache[key] { return d }
            let function: String
            if let dataName = inv.functionNameFromData {
                function = dataName
            } else if let f = functionByFile[inv.location.fileIndex] {
                function = f
            } else {
                function = functionName(dataName: nil, fileIndex: inv.location.fileIndex, files: files)
                functionByFile[inv.location.fileIndex] = function
            }
            let values = named[function] ?? fromName(function)
            named[function] = values
            let d = dimensions(of: inv, function: function, named: values)
            cache[key] = d
            return d
        }
    }
}
