import CZlib

/// Streaming gzip compression with the system zlib (`deflate`, window 15 + 16 for the gzip wrapper).
///
/// zlib writes a header without file name and with modification time 0, so the same input always
/// gives the same bytes. Feed input with `compress`, then call `finish` once.
public final class Deflate {
    private var stream = z_stream()
    private var output = [UInt8](repeating: 0, count: 1 << 16)
    private var finished = false

    /// A gzip compressor at `level` (0-9; 6 is zlib's default).
    public init(level: Int32 = 6) throws(SynthError) {
        let status = deflateInit2_(
            &stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw .compressionFailed(path: "<gzip>", code: status) }
    }

    deinit { deflateEnd(&stream) }

    /// Compresses `input` and returns the compressed bytes produced so far. O(input).
    public func compress(_ input: [UInt8]) throws(SynthError) -> [UInt8] {
        try run(input, flush: Z_NO_FLUSH)
    }

    /// Returns the rest of the compressed data and the gzip trailer. O(pending).
    public func finish() throws(SynthError) -> [UInt8] {
        guard !finished else { return [] }
        finished = true
        return try run([], flush: Z_FINISH)
    }

    /// gzip of `bytes` in one call (tests and small objects). O(n).
    public static func gzip(_ bytes: [UInt8], level: Int32 = 6) throws(SynthError) -> [UInt8] {
        let d = try Deflate(level: level)
        return try d.compress(bytes) + d.finish()
    }

    private func run(_ input: [UInt8], flush: Int32) throws(SynthError) -> [UInt8] {
        var result: [UInt8] = []
        let status = input.withUnsafeBufferPointer { inputBuffer -> Int32 in
            stream.next_in = inputBuffer.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
            stream.avail_in = UInt32(inputBuffer.count)
            while true {
                let capacity = output.count
                let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(capacity)
                    return CZlib.deflate(&stream, flush)
                }
                let produced = capacity - Int(stream.avail_out)
                result.append(contentsOf: output[0..<produced])
                if status == Z_STREAM_END { return Z_OK }
                guard status == Z_OK || status == Z_BUF_ERROR else { return status }
                if flush == Z_NO_FLUSH && stream.avail_in == 0 && stream.avail_out > 0 { return Z_OK }
                if status == Z_BUF_ERROR && produced == 0 { return Z_OK }
            }
        }
        stream.next_in = nil
        guard status == Z_OK else { throw .compressionFailed(path: "<gzip>", code: status) }
        return result
    }
}
