import Foundation

/// One file to read, with what its path says about it.
public struct InputFile: Sendable, Equatable {
    /// The path as the user gave it, or as found under a directory they gave.
    public var path: String {
        switch storedPath {
        case .whole(let path): path
        case .split(let directory, let rest): directory.text + rest
        case .exportChunk(let directory, let stream, let chunk): directory.text + stream.text + "/" + chunk.text
        }
    }
    /// The path, whole or (found in an export tree) as a directory shared with the files beside it and the rest.
    private var storedPath: StoredPath
    /// Names that may be the function's, nearest first: the file's stem, then its folders up to the one
    /// the user named (docs/FORMATS.md §4.5: `logs/perf_zip_Python39_1024.json`, `logs/perf_zip_Python39_1024/...`).
    public var nameCandidates: [String]
    /// Where the log stream is: an export tree has hundreds of thousands of files, each naming its stream
    /// in its path, so the stream is kept as a place in the path rather than as a string of its own.
    private var stream: StreamPlace

    private enum StoredPath {
        case whole(String)
        case split(SharedDirectory, String)
        /// An S3-export chunk: the directory its stream's folders are in, the stream in Lambda's shape, the chunk.
        case exportChunk(SharedDirectory, PackedLogStream, ExportChunkName)
    }

    private enum StreamPlace: Equatable {
        case none
        /// UTF-8 offsets in `path`.
        case inPath(start: UInt32, end: UInt32)
        case text(String)
    }

    /// The log stream from an S3-export key (`<task-id>/<YYYY/MM/DD/[VERSION]hex>/000000.gz`).
    public var logStream: String? {
        switch stream {
        case .none: nil
        case .inPath(let start, let end):
            String(decoding: path.utf8.dropFirst(Int(start)).prefix(Int(end - start)), as: UTF8.self)
        case .text(let text): text
        }
    }

    /// A file at `path`, its function name among `nameCandidates`, of `logStream` (when an export names one).
    public init(path: String, nameCandidates: [String], logStream: String?) {
        storedPath = .whole(path)
        self.nameCandidates = nameCandidates
        stream = logStream.map { .text($0) } ?? .none
    }

    /// A file at `path` whose log stream is the UTF-8 bytes `utf8Range` of the path.
    init(path: String, nameCandidates: [String], streamIn utf8Range: Range<Int>) {
        storedPath = .whole(path)
        self.nameCandidates = nameCandidates
        if let start = UInt32(exactly: utf8Range.lowerBound), let end = UInt32(exactly: utf8Range.upperBound) {
            stream = .inPath(start: start, end: end)
        } else {
            stream = .text(
                String(decoding: path.utf8.dropFirst(utf8Range.lowerBound).prefix(utf8Range.count), as: UTF8.self))
        }
    }

    /// This file with its path kept as `directory`'s text and the rest of the path (which it must be).
    func storing(in directory: SharedDirectory) -> InputFile {
        let path = self.path
        precondition(path.utf8.starts(with: directory.text.utf8), "a path stored under a directory it is not in")
        var file = self
        file.storedPath = .split(directory, String(Substring(path.utf8.dropFirst(directory.text.utf8.count))))
        return file
    }

    /// This file with its path kept as `directory`'s text, its log stream `stream` packed and its chunk's name
    /// packed, when the path is exactly those (`directory` then the stream, `/` and the chunk's name); else nil.
    /// `directory` is asked for only when the stream and the name can be packed.
    func storing(stream: Substring, in directory: () -> SharedDirectory) -> InputFile? {
        let path = self.path
        let packed = PackedLogStream(String(stream))
        let utf8 = path.utf8
        guard packed.isLambdaShaped, let slash = utf8.lastIndex(of: UInt8(ascii: "/")),
            let chunk = ExportChunkName(Substring(utf8[utf8.index(after: slash)...]).utf8)
        else { return nil }
        let directory = directory()
        guard utf8.elementsEqual((directory.text + stream + "/" + chunk.text).utf8) else { return nil }
        var file = self
        file.storedPath = .exportChunk(directory, packed, chunk)
        return file
    }

    /// Same path, name candidates and log stream, however the path is stored.
    public static func == (a: InputFile, b: InputFile) -> Bool {
        a.path == b.path && a.nameCandidates == b.nameCandidates && a.logStream == b.logStream
    }
}

/// Finds the files behind the paths a user named.
public enum InputDiscovery {
    /// Expands files and directories (recursively, sorted, hidden entries skipped).
    /// O(number of entries).
    public static func discover(_ paths: [String]) -> (files: [InputFile], problems: [InputProblem]) {
        var files: [InputFile] = []
        var problems: [InputProblem] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(InputProblem(file: path, line: nil, message: "no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else {
                // A FIFO would block for ever and /dev/zero never ends: like entries of a directory, only
                // regular files are read.
                if let kind = nonRegularKind(path) {
                    problems.append(InputProblem(file: path, line: nil, message: "\(kind), not a regular file; not read"))
                    continue
                }
                files.append(describe(path: path))
                continue
            }
            guard fm.enumerator(atPath: path) != nil else {
                problems.append(InputProblem(file: path, line: nil, message: "cannot list this directory"))
                continue
            }
            let root = lastComponent(path.hasSuffix("/") ? String(path.dropLast()) : path)
            let prefix = path.hasSuffix("/") ? path : path + "/"
            var found = DirectoryListing.regularFiles(under: path)
            if found.isEmpty {
                problems.append(InputProblem(file: path, line: nil, message: "directory holds no files to read"))
            }
            found.sort()
            // Described in order, each file's candidates shared with the file before when they are equal
            // (an export tree's thousands of files in one function folder): no string made per file.
            var describer = TreeFileDescriber(rootName: root, prefixLength: prefix.utf8.count)
            files.reserveCapacity(files.count + found.count)
            for file in found { files.append(describer.describe(file)) }
        }
        return (files, problems)
    }

    /// What the file at `path` is when it is not a regular file (after symbolic links), else nil.
    static func nonRegularKind(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The file at `path`, named alone (not found under a directory).
    private static func describe(path: String) -> InputFile {
        let name = Substring(lastComponent(path))
        let (candidates, _) = nameParts([name], rootName: nil)
        return InputFile(path: path, nameCandidates: candidates.map(String.init), logStream: nil)
    }

    /// What the components of a path below the root named `rootName` say: the function-name candidates,
    /// nearest first (the stem of the file name, then the folders; for an S3-export chunk the folders above
    /// its export task id), and the four components of an S3-export chunk's log stream.
    static func nameParts(_ c: [Substring], rootName: String?) -> (
        candidates: [Substring], stream: ArraySlice<Substring>?
    ) {
        var folders = Array(c.dropLast())
        if let rootName, rootName != ".", rootName != ".." { folders.insert(Substring(rootName), at: 0) }
        let fileName = c.last ?? ""
        if isExportChunk(fileName), folders.count >= 5 {
            let n = folders.count
            let stream = folders[(n - 4)...]
            if isStream(stream) {
                return (folders[..<(n - 5)].reversed(), stream)  // skips the export task id
            }
        }
        return ([Substring(stem(String(fileName)))] + folders.reversed(), nil)
    }

    /// `000000`, `000001.gz`, ...: a chunk of an S3 export.
    private static func isExportChunk(_ name: Substring) -> Bool {
        let base = name.hasSuffix(".gz") ? name.dropLast(3) : name
        return base.count == 6 && base.allSatisfy(\.isNumber)
    }

    private static func isStream(_ parts: ArraySlice<Substring>) -> Bool {
        let p = Array(parts)
        return p.count == 4 && p[0].count == 4 && p[1].count == 2 && p[2].count == 2
            && p[0...2].allSatisfy { $0.allSatisfy(\.isNumber) } && p[3].contains("[")
    }

    /// The file name without the extensions exports carry (`.json.gz` → name).
    static func stem(_ name: String) -> String {
        var s = name
        let extensions = [".gz", ".zlib", ".json", ".jsonl", ".ndjson", ".log", ".txt", ".csv", ".md", ".out"]
        var changed = true
        while changed {
            changed = false
            for e in extensions where s.count > e.count && s.lowercased().hasSuffix(e) {
                s.removeLast(e.count)
                changed = true
            }
        }
        return s
    }
}
