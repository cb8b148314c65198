/// Describes the files found under one directory, in sorted order, without a string per file: the log
/// stream stays a place in the path, and the name candidates are shared with the file before (or an
/// earlier file) when they are equal. An S3 export tree holds hundreds of thousands of files.
struct TreeFileDescriber {
    private let rootName: String
    /// UTF-8 length of the directory's path and the `/` after it, which every found path starts with.
    private let prefixLength: Int
    private var last: (key: [Substring], candidates: [String])?
    private var shared: [[String]: [String]] = [:]

    init(rootName: String, prefixLength: Int) {
        self.rootName = rootName
        self.prefixLength = prefixLength
    }

    /// The file at `path` (the directory's path, `/`, then the path below it). O(path length).
    mutating func describe(_ path: String) -> InputFile {
        let relative = Substring(path.utf8.dropFirst(prefixLength))
        let (key, stream) = InputDiscovery.nameParts(relative.split(separator: "/"), rootName: rootName)
        let candidates: [String]
        if let last, last.key == key {
            candidates = last.candidates
        } else {
            let made = key.map(String.init)
            candidates = shared[made] ?? made
            shared[made] = candidates
        }
        last = (key, candidates)
        guard let stream, let first = stream.first, let end = stream.last else {
            return InputFile(path: path, nameCandidates: candidates, logStream: nil)
        }
        let start = path.utf8.distance(from: path.startIndex, to: first.startIndex)
        let stop = path.utf8.distance(from: path.startIndex, to: end.endIndex)
        return InputFile(path: path, nameCandidates: candidates, streamIn: start..<stop)
    }
}
