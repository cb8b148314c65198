import Foundation

/// One file to read, with what its path says about it.
public struct InputFile: Sendable, Equatable {
    /// The path as the user gave it, or as found under a directory they gave.
    public var path: String
    /// Names that may be the function's, nearest first: the file's stem, then its folders up to the one
    /// the user named (docs/FORMATS.md §4.5: `logs/perf_zip_Python39_1024.json`, `logs/perf_zip_Python39_1024/...`).
    public var nameCandidates: [String]
    /// The log stream from an S3-export key (`<task-id>/<YYYY/MM/DD/[VERSION]hex>/000000.gz`).
    public var logStream: String?
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
                files.append(describe(path: path, relativeComponents: [lastComponent(path)], rootName: nil))
                continue
            }
            guard fm.enumerator(atPath: path) != nil else {
                problems.append(InputProblem(file: path, line: nil, message: "cannot list this directory"))
                continue
            }
            var sorted = DirectoryListing.regularFiles(under: path)
            if sorted.isEmpty {
                problems.append(InputProblem(file: path, line: nil, message: "directory holds no files to read"))
            }
            let root = lastComponent(path.hasSuffix("/") ? String(path.dropLast()) : path)
            sorted.sort()
            let relative = sorted
            sorted = []
            // Described on all cores: an export tree holds hundreds of thousands of files.
            var described = concurrentMap(relative.count) { i in
                let full = path.hasSuffix("/") ? path + relative[i] : path + "/" + relative[i]
                return describe(
                    path: full, relativeComponents: relative[i].split(separator: "/").map(String.init), rootName: root)
            }
            sharingNameCandidates(&described)
            files += described
        }
        return (files, problems)
    }

    /// Makes the files whose name candidates are equal share one array of them: the files of an export
    /// tree's function folder (thousands) all have the same. O(files).
    private static func sharingNameCandidates(_ files: inout [InputFile]) {
        var shared: [[String]: [String]] = [:]
        var last: [String]?
        for i in files.indices {
            if let last, last == files[i].nameCandidates {
                files[i].nameCandidates = last
            } else if let first = shared[files[i].nameCandidates] {
                files[i].nameCandidates = first
            } else {
                shared[files[i].nameCandidates] = files[i].nameCandidates
            }
            last = files[i].nameCandidates
        }
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

    private static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func describe(path: String, relativeComponents c: [String], rootName: String?) -> InputFile {
        var folders = Array(c.dropLast())
        if let rootName, rootName != ".", rootName != ".." { folders.insert(rootName, at: 0) }
        let fileName = c.last ?? path
        if isExportChunk(fileName), folders.count >= 5 {
            let n = folders.count
            let stream = folders[(n - 4)...]
            if isStream(Array(stream)) {
                let above = Array(folders[..<(n - 5)])  // skips the export task id
                return InputFile(path: path, nameCandidates: above.reversed(), logStream: stream.joined(separator: "/"))
            }
        }
        return InputFile(path: path, nameCandidates: [stem(fileName)] + folders.reversed(), logStream: nil)
    }

    /// `000000`, `000001.gz`, ...: a chunk of an S3 export.
    private static func isExportChunk(_ name: String) -> Bool {
        let base = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
        return base.count == 6 && base.allSatisfy(\.isNumber)
    }

    private static func isStream(_ parts: [String]) -> Bool {
        parts.count == 4 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts[0...2].allSatisfy { $0.allSatisfy(\.isNumber) } && parts[3].contains("[")
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
