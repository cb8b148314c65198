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

    /// The dimension values of every invocation, equal to mapping `dimensions(of:files:)`
    /// over them; each distinct (function, file, memory, runtime, log group, category) is labelled once
    /// and its values shared. O(n) hash lookups.
    public func dimensions(of invocations: [Invocation], files: [InputFile]) -> [[Dimension: String]] {
        var cache: [InvocationKey: [Dimension: String]] = [:]
        return invocations.map { inv in
            let key = InvocationKey(
                dataName: inv.functionNameFromData, fileIndex: inv.location.fileIndex,
                memorySizeMegabytes: inv.report.memorySizeMegabytes, runtimeVersion: inv.runtimeVersion,
                logGroup: inv.logGroup, category: inv.category)
            if let d = cache[key] { return d }
            let d = dimensions(of: inv, files: files)
            cache[key] = d
            return d
        }
    }
}
