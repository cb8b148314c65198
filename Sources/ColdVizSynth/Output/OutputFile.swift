import Foundation

/// A file written through a 256 KiB buffer, gzip-compressed on the way when asked. Memory stays flat
/// whatever the file's size. The shared counter sees plain bytes as they are accepted, and compressed
/// bytes as zlib emits them, so after `close` it holds exactly the bytes on disk.
final class OutputFile {
    let path: String
    private let handle: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private let deflate: Deflate?
    private let counter: ByteCounter
    private static let capacity = 1 << 18

    /// Creates (or truncates) `path`, making its directory first.
    init(path: String, gzip: Bool, counter: ByteCounter) throws(SynthError) {
        self.path = path
        self.counter = counter
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateDirectory(path: directory, reason: error.localizedDescription)
        }
        guard let h = fopen(path, "wb") else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        handle = h
        deflate = gzip ? try Deflate() : nil
        buffer.reserveCapacity(Self.capacity + 4096)
    }

    /// Appends the UTF-8 of `text`.
    func write(_ text: String) throws(SynthError) {
        var t = text
        t.withUTF8 { buffer.append(contentsOf: $0) }
        if deflate == nil { counter.bytes += Int64(t.utf8.count) }
        if buffer.count >= Self.capacity { try flushBuffer() }
    }

    /// Appends raw bytes.
    func write(bytes: [UInt8]) throws(SynthError) {
        buffer.append(contentsOf: bytes)
        if deflate == nil { counter.bytes += Int64(bytes.count) }
        if buffer.count >= Self.capacity { try flushBuffer() }
    }

    /// Flushes everything (and the gzip trailer) and closes the file.
    func close() throws(SynthError) {
        try flushBuffer()
        if let deflate { try raw(deflate.finish()) }
        if fclose(handle) != 0 { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    }

    private func flushBuffer() throws(SynthError) {
        guard !buffer.isEmpty else { return }
        if let deflate {
            try raw(deflate.compress(buffer))
        } else {
            try raw(buffer)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func raw(_ bytes: [UInt8]) throws(SynthError) {
        guard !bytes.isEmpty else { return }
        let n = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        guard n == bytes.count else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        if deflate != nil { counter.bytes += Int64(n) }
    }
}

/// Bytes written to disk so far, shared by every output file of a run.
final class ByteCounter {
    var bytes: Int64 = 0
}
