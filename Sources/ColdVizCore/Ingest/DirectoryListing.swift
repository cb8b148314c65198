#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lists the regular files below a directory with `opendir`/`readdir`, as `FileManager`'s enumerator
/// with its attributes would, without a `stat` and a dictionary per entry.
enum DirectoryListing {
    /// Paths (`root/a/b/file`, or `root` + `a/b/file` when `root` ends with `/`) of the regular files below
    /// `root`, in no particular order. Entries whose name starts with `.` are skipped with their contents;
    /// symbolic links are not followed; subdirectories that cannot be opened are skipped. The top levels
    /// are listed until there are enough subdirectories to walk on all cores (an S3 export has a directory
    /// per stream, so listing is mostly system calls). O(entries).
    static func regularFiles(under root: String) -> [String] {
        var out: [String] = []
        var frontier = [root]
        while !frontier.isEmpty, frontier.count < 64 {
            var next: [String] = []
            for directory in frontier { list(directory: directory, into: &out, subdirectories: &next) }
            frontier = next
        }
        let subtrees = frontier
        for files in concurrentMap(
            subtrees.count,
            { i in
                var files: [String] = []
                walk(directory: subtrees[i], into: &files)
                return files
            })
        {
            out.append(contentsOf: files)
        }
        return out
    }

    private static func walk(directory: String, into out: inout [String]) {
        var subdirectories: [String] = []
        list(directory: directory, into: &out, subdirectories: &subdirectories)
        for d in subdirectories { walk(directory: d, into: &out) }
    }

    /// The regular files of `directory` (appended to `out`) and its subdirectories, one level.
    private static func list(directory: String, into out: inout [String], subdirectories: inout [String]) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            switch kind(entry.pointee.d_type, path: path) {
            case .regular: out.append(path)
            case .directory: subdirectories.append(path)
            case .other: break
            }
        }
    }

    private enum Kind { case regular, directory, other }

    /// The entry's type from `d_type`, or from `lstat` when the file system does not fill it in.
    private static func kind(_ type: UInt8, path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .regular
        case Int32(DT_DIR): return .directory
        case Int32(DT_UNKNOWN):
            var status = stat()
            guard lstat(path, &status) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return .regular
            case S_IFDIR: return .directory
            default: return .other
            }
        default: return .other
        }
    }
}
