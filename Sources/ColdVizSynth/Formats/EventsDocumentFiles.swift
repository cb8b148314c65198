/// One `{"events": [...]}` document per function (indent 4, as the AWS CLI prints), written item by
/// item as bursts arrive and closed at the end with a trailer after the array.
struct EventsDocumentFiles {
    private var files: [String: (file: OutputFile, first: Bool)] = [:]

    /// Appends one array item (already indented) to `<name>.json`, opening the document on first use.
    mutating func append(_ item: String, to name: String, context: WriteContext) throws(SynthError) {
        var entry: (file: OutputFile, first: Bool)
        if let existing = files[name] {
            entry = existing
        } else {
            entry = (try context.open(name + ".json"), true)
            try entry.file.write("{\n    \"events\": [")
        }
        try entry.file.write((entry.first ? "\n" : ",\n") + item)
        entry.first = false
        files[name] = entry
    }

    /// Closes every document, in name order: `]`, then `trailer` (members after `events`), then `}`.
    mutating func finish(trailer: String = "") throws(SynthError) {
        for name in files.keys.sorted() {
            let file = files[name]!.file
            try file.write("\n    ]" + trailer + "\n}\n")
            try file.close()
        }
        files = [:]
    }
}
