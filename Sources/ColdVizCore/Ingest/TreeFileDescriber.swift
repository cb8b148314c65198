/// Describes the files found under one directory, in sorted order, keeping little per file: the log stream
/// stays a place in the path, the path is a directory shared with the files beside it and the rest, and the
/// name candidates are shared with the file before (or an earlier file) when they are equal. An S3 export
/// tree holds hundreds of thousands of files.
struct TreeFileDescriber {
    private let rootName: String
    /// UTF-8 length of the directory's path and the `/` after it, which every found path starts with.
    private let prefixLength: Int
    private var last: (key: [Substring], candidates: [String])?
    private var shared: [[String]: [String]] = [:]
    /// The directory two levels above the last file, which the files after it mostly share.
    private var lastDirectory: SharedDirectory?

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
            let file = InputFile(path: path, nameCandidates: candidates, logStream: nil)
            return directory(of: path).map(file.storing) ?? file
        }
        let start = path.utf8.distance(from: path.startIndex, to: first.startIndex)
        let stop = path.utf8.distance(from: path.startIndex, to: end.endIndex)
        let file = InputFile(path: path, nameCandidates: candidates, streamIn: start..<stop)
        // An export chunk's path is the directory above its stream's folders, the stream and the chunk's name.
        if let packed = file.storing(
            stream: Substring(path.utf8[first.startIndex..<end.endIndex]),
            in: { sharedDirectory(path.utf8.prefix(start)) })
        {
            return packed
        }
        return directory(of: path).map(file.storing) ?? file
    }

    /// The shared directory two levels above the file at `path` (an export's day folder above the stream's
    /// folder); nil when the path has fewer levels. O(path length).
    private mutating func directory(of path: String) -> SharedDirectory? {
        let utf8 = path.utf8
        guard let fileSlash = utf8.lastIndex(of: UInt8(ascii: "/")),
            let parentSlash = utf8[..<fileSlash].lastIndex(of: UInt8(ascii: "/"))
        else { return nil }
        return sharedDirectory(utf8[...parentSlash])
    }

    /// The directory whose text is `prefix`: the last one made when it is that, else a new one. O(prefix length).
    private mutating func sharedDirectory(_ prefix: Substring.UTF8View) -> SharedDirectory {
        if let lastDirectory, lastDirectory.text.utf8.elementsEqual(prefix) { return lastDirectory }
        let directory = SharedDirectory(String(Substring(prefix)))
        lastDirectory = directory
        return directory
    }
}

/// A directory's path and its `/`, shared by the files found in it or below it. Immutable.
final class SharedDirectory: Sendable {
    let text: String

    init(_ text: String) { self.text = text }
}
