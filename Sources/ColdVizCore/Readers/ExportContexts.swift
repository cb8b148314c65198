/// The names of read-back invocations (``InvocationContext``), one object for each distinct set, so that
/// memory grows with the streams of an export, not its rows, in whatever order the rows come (an Athena
/// result's is arbitrary).
struct ExportContexts {
    private struct Key: Hashable {
        var logGroup, logStream, runtimeVersion: String?
        var function: String
    }
    private struct NamesKey: Hashable {
        var logGroup, runtimeVersion: String?
        var function: String
    }
    private var last: (key: Key, context: InvocationContext)?
    private var contexts: [Key: InvocationContext] = [:]
    private var names: [NamesKey: InvocationNames] = [:]

    /// The context of these names: the row before's when equal (rows of a stream mostly follow each
    /// other), else the one made for them before, else a new one.
    mutating func context(logGroup: String?, logStream: String?, runtimeVersion: String?, function: String)
        -> InvocationContext
    {
        let key = Key(logGroup: logGroup, logStream: logStream, runtimeVersion: runtimeVersion, function: function)
        if let last, last.key == key { return last.context }
        let context =
            contexts[key]
            ?? {
                let namesKey = NamesKey(logGroup: logGroup, runtimeVersion: runtimeVersion, function: function)
                let shared =
                    names[namesKey]
                    ?? InvocationNames(logGroup: logGroup, runtimeVersion: runtimeVersion, functionNameFromData: function)
                names[namesKey] = shared
                let made = InvocationContext(names: shared, logStream: logStream)
                contexts[key] = made
                return made
            }()
        last = (key, context)
        return context
    }
}
