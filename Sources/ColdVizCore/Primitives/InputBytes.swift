import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes of one input, owned: either a read-only memory map of a file or a heap buffer (decompressed data).
///
/// The bytes never change after creation. Pointers handed to `withUnsafeBytes` are valid only inside the closure.
final class InputBytes: @unchecked Sendable {
    private enum Storage {
        case mapped(base: UnsafeMutableRawPointer, length: Int)
        case heap([UInt8])
    }

    private let storage: Storage

    private init(storage: Storage) {
        self.storage = storage
    }

    /// Wraps bytes already in memory (for example the output of `Inflate.inflate`). O(1), no copy.
    init(owning bytes: [UInt8]) {
        storage = .heap(bytes)
    }

    deinit {
        if case let .mapped(base, length) = storage {
            munmap(base, length)
        }
    }

    /// Maps the file at `path` read-only. Empty files give an empty input; files that cannot be mapped
    /// (pipes, `/dev/stdin`) are read into memory instead. O(1) for regular files, O(size) otherwise.
    static func map(path: String) throws(IngestPrimitiveError) -> InputBytes {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: errnoText()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .cannotOpen(path: path, reason: errnoText()) }
        let fileType = status.st_mode & S_IFMT
        if fileType == S_IFDIR {
            throw .cannotOpen(path: path, reason: String(cString: strerror(EISDIR)))
        }
        guard fileType == S_IFREG else { return try readAll(descriptor: descriptor, path: path, expected: 0) }
        let length = Int(status.st_size)
        guard length > 0 else { return InputBytes(owning: []) }
        // Small files are read: mapping and unmapping costs more than copying them (TLB shootdowns on
        // every core), and an export tree can hold hundreds of thousands of them.
        if length <= smallFileLimit { return try readAll(descriptor: descriptor, path: path, expected: length) }
        guard let base = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            throw .cannotOpen(path: path, reason: errnoText())
        }
        _ = madvise(base, length, MADV_SEQUENTIAL)
        return InputBytes(storage: .mapped(base: base, length: length))
    }

    /// Number of bytes.
    var count: Int {
        switch storage {
        case let .mapped(_, length): return length
        case let .heap(bytes): return bytes.count
        }
    }

    /// Calls `body` with the bytes; the pointer must not escape the closure.
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch storage {
        case let .mapped(base, length):
            return try body(UnsafeRawBufferPointer(start: base, count: length))
        case let .heap(bytes):
            return try bytes.withUnsafeBytes(body)
        }
    }

    /// Tells the OS the whole pages of `range` (bytes of this input) will not be read again
    /// (`madvise(MADV_DONTNEED)` on a map), so the resident set stays flat while a large file is read
    /// once. Reading them again stays correct (the kernel reloads them from the file). No effect on heap
    /// buffers or on ranges not wholly inside the map. O(pages released).
    func releasePages(within range: UnsafeRawBufferPointer) {
        guard case let .mapped(base, length) = storage, let start = range.baseAddress else { return }
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let offset = UnsafeRawPointer(base).distance(to: start)
        // Bytes elsewhere (a payload decoded into the heap) are not this map's: nothing to release.
        guard offset >= 0, offset + range.count <= length else { return }
        let first = (offset + pageSize - 1) / pageSize * pageSize
        let end = (offset + range.count) / pageSize * pageSize
        guard first < end else { return }
        _ = madvise(base + first, end - first, MADV_DONTNEED)
    }

    /// Regular files up to this size are read into memory instead of mapped.
    static let smallFileLimit = 1 << 20

    /// Reads to the end of `descriptor`; `expected` (the size, when known) sizes the first read. O(size).
    private static func readAll(descriptor: Int32, path: String, expected: Int) throws(IngestPrimitiveError)
        -> InputBytes
    {
        if expected > 0 {
            var filled = 0
            var failure: Int32 = 0
            let bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
                while filled < expected {
                    let n = read(descriptor, buffer.baseAddress! + filled, expected - filled)
                    if n < 0 && errno == EINTR { continue }
                    if n < 0 { failure = errno }
                    if n <= 0 { break }
                    filled += n
                }
                count = filled
            }
            if failure != 0 { throw .cannotOpen(path: path, reason: String(cString: strerror(failure))) }
            // A file that grew while being read: the rest follows as for a pipe.
            if filled < expected { return InputBytes(owning: bytes) }
            let rest = try readAll(descriptor: descriptor, path: path, expected: 0)
            return rest.count == 0 ? InputBytes(owning: bytes) : InputBytes(owning: bytes + rest.withUnsafeBytes { Array($0) })
        }
        var bytes: [UInt8] = []
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let readCount = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
            if readCount < 0 {
                if errno == EINTR { continue }
                throw .cannotOpen(path: path, reason: errnoText())
            }
            if readCount == 0 { break }
            bytes.append(contentsOf: chunk[0..<readCount])
        }
        return InputBytes(owning: bytes)
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}
