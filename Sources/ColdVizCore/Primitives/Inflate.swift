import CZlib

/// Decompression of gzip and zlib data with the system zlib.
enum Inflate {
    private static let chunkSize = 1 << 18
    private static let maximumInputPerCall = 1 << 30

    /// Inflates all gzip members back to back (Firehose objects, concatenated exports), or one zlib stream.
    ///
    /// On truncated or corrupt data returns what was decoded so far together with the error, whose offset is
    /// in the compressed bytes. Zero bytes after the last gzip member (padding) are ignored; any other trailing
    /// bytes are reported as corrupt data. `.none` returns a copy. O(compressed + output size).
    static func inflate(
        _ bytes: UnsafeRawBufferPointer, as compression: Compression
    ) -> (output: [UInt8], error: IngestPrimitiveError?) {
        let windowBits: Int32
        switch compression {
        case .none: return (Array(bytes), nil)
        case .gzip: windowBits = 15 + 16
        case .zlib: windowBits = 15
        }
        var stream = z_stream()
        guard inflateInit2_(&stream, windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return ([], .corruptCompressedData(offset: 0, reason: "zlib could not be initialised"))
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(bytes.count * 4, 1 << 28))
        // Uninitialised, and no larger than small inputs need: a tree of many small objects would otherwise
        // spend its time clearing 256 KiB per file.
        let chunkCount = min(chunkSize, max(1 << 12, bytes.count * 8))
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkCount)
        defer { chunk.deallocate() }
        var inputOffset = 0
        let base = bytes.baseAddress.map { UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: UInt8.self)) }
        while true {
            let given = min(bytes.count - inputOffset, maximumInputPerCall)
            stream.next_in = base.map { $0 + inputOffset }
            stream.avail_in = UInt32(given)
            stream.next_out = chunk.baseAddress
            stream.avail_out = UInt32(chunkCount)
            let status = CZlib.inflate(&stream, Z_NO_FLUSH)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<(chunkCount - Int(stream.avail_out))]))
            inputOffset += given - Int(stream.avail_in)
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                let rest = UnsafeRawBufferPointer(rebasing: bytes[inputOffset...])
                if compression == .gzip && rest.count >= 2 && rest[0] == 0x1F && rest[1] == 0x8B {
                    inflateReset(&stream)
                    continue
                }
                if rest.allSatisfy({ $0 == 0 }) { return (output, nil) }
                let kind = compression == .gzip ? "gzip member" : "zlib stream"
                return (
                    output,
                    .corruptCompressedData(
                        offset: inputOffset, reason: "\(rest.count) unexpected bytes after the end of the \(kind)")
                )
            case Z_BUF_ERROR where inputOffset >= bytes.count:
                return (output, .truncatedCompressedData(offset: bytes.count))
            default:
                let reason = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                return (output, .corruptCompressedData(offset: inputOffset, reason: reason))
            }
        }
    }
}
