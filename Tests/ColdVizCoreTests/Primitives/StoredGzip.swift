/// Builds gzip members by hand from stored (uncompressed) deflate blocks, so tests know exactly which
/// compressed byte holds which output byte. The CRC-32 trailer is a placeholder unless `crc` is given.
enum StoredGzip {
    static func member(_ payload: [UInt8], crc: UInt32 = 0) -> [UInt8] {
        var bytes: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]
        var start = 0
        repeat {
            let length = min(65_535, payload.count - start)
            let isFinal = start + length == payload.count
            bytes.append(isFinal ? 0x01 : 0x00)
            bytes += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            bytes += payload[start..<(start + length)]
            start += length
        } while start < payload.count
        bytes += littleEndian(crc) + littleEndian(UInt32(truncatingIfNeeded: payload.count))
        return bytes
    }

    /// The CRC-32 of `bytes` (IEEE, reflected, as gzip checks it), bit by bit.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}
