import CZlib

/// How an input is compressed, recognised from its first bytes (docs/FORMATS.md 1.2 step 2).
public enum Compression: Sendable {
    /// Plain bytes.
    case none
    /// One or more gzip members (RFC 1952), magic `1F 8B 08`.
    case gzip
    /// One zlib stream (RFC 1950), header `78 01`, `78 5E`, `78 9C` or `78 DA`.
    case zlib

    /// Recognises gzip (`1F 8B`, method 8) and zlib (`78 01/5E/9C/DA`). A zlib candidate must also pass the
    /// header checksum and inflate its first bytes without a data error, so text starting `x^` stays `.none`. O(1).
    public static func detect(_ bytes: UnsafeRawBufferPointer) -> Compression {
        guard bytes.count >= 2 else { return .none }
        if bytes[0] == 0x1F && bytes[1] == 0x8B {
            return bytes.count < 3 || bytes[2] == 8 ? .gzip : .none
        }
        guard bytes[0] == 0x78, [0x01, 0x5E, 0x9C, 0xDA].contains(bytes[1]) else { return .none }
        guard (Int(bytes[0]) << 8 | Int(bytes[1])) % 31 == 0 else { return .none }
        return startsValidZlibStream(bytes) ? .zlib : .none
    }

    /// Inflates at most the first 256 input bytes and reports whether zlib found no data error.
    private static func startsValidZlibStream(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var stream = z_stream()
        guard inflateInit_(&stream, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return false }
        defer { inflateEnd(&stream) }
        let probeLength = min(bytes.count, 256)
        var sink = [UInt8](repeating: 0, count: 4096)
        var status: Int32 = Z_OK
        sink.withUnsafeMutableBytes { output in
            stream.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self))
            stream.avail_in = UInt32(probeLength)
            repeat {
                stream.next_out = output.baseAddress!.assumingMemoryBound(to: UInt8.self)
                stream.avail_out = UInt32(output.count)
                status = inflate(&stream, Z_NO_FLUSH)
            } while status == Z_OK && stream.avail_in > 0
        }
        return status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR
    }
}
