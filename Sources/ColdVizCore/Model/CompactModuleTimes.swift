/// Module times kept with an invocation, in one allocation: the shared names and the times as LEB128
/// variable-length integers (7 bits a byte: 1 byte below 128 µs, 3 below 2.1 s) when every time is a whole
/// number of microseconds below 2³² (as logs give them), else in 8 bytes each (a `Double`'s bits).
///
/// A cold start keeps one for as long as the run lasts: 64 bytes for 13 typical modules, not the 144 of
/// a ``ModuleTimes``' own array. Immutable, hence sendable (the buffer class cannot say so itself).
struct CompactModuleTimes: @unchecked Sendable {
    private let storage: Storage

    /// The compact form of `times`; nil when there are none. O(modules).
    static func of(_ times: ModuleTimes) -> CompactModuleTimes? {
        guard !times.isEmpty else { return nil }
        let whole = times.allSatisfy { t in UInt32(exactly: t.microseconds) != nil && t.microseconds.sign == .plus }
        let size = whole ? times.reduce(0) { $0 + varintSize(UInt64($1.microseconds)) } : 8 * times.count
        let buffer = Storage.create(minimumCapacity: size) { _ in Header(names: times.names, isVarint: whole) }
        buffer.withUnsafeMutablePointerToElements { out in
            var at = 0
            for t in times {
                var bits = whole ? UInt64(t.microseconds) : t.microseconds.bitPattern
                if whole {
                    while bits >= 0x80 {
                        (out + at).initialize(to: UInt8(truncatingIfNeeded: bits) | 0x80)
                        bits >>= 7
                        at += 1
                    }
                    (out + at).initialize(to: UInt8(bits))
                    at += 1
                } else {
                    for b in 0..<8 { (out + at + b).initialize(to: UInt8(truncatingIfNeeded: bits >> (8 * b))) }
                    at += 8
                }
            }
        }
        return CompactModuleTimes(storage: unsafeDowncast(buffer, to: Storage.self))
    }

    /// Bytes `value` takes as a LEB128 variable-length integer.
    private static func varintSize(_ value: UInt64) -> Int {
        var (size, rest) = (1, value >> 7)
        while rest > 0 { (size, rest) = (size + 1, rest >> 7) }
        return size
    }

    /// The times as ``ModuleTimes``. O(modules).
    var moduleTimes: ModuleTimes {
        var microseconds: [Double] = []
        microseconds.reserveCapacity(storage.header.names.count)
        forEach { _, t in microseconds.append(t) }
        return ModuleTimes(names: storage.header.names, microseconds: microseconds)
    }

    /// Calls `body` with each module's name and time (µs), in order, building no array. O(modules).
    func forEach(_ body: (String, Double) -> Void) {
        let (names, isVarint) = (storage.header.names, storage.header.isVarint)
        storage.withUnsafeMutablePointerToElements { bytes in
            var at = 0
            for name in names {
                var bits: UInt64 = 0
                if isVarint {
                    var shift: UInt64 = 0
                    while true {
                        let byte = bytes[at]
                        at += 1
                        bits |= UInt64(byte & 0x7F) << shift
                        if byte < 0x80 { break }
                        shift += 7
                    }
                } else {
                    for b in 0..<8 { bits |= UInt64(bytes[at + b]) << (8 * b) }
                    at += 8
                }
                body(name, isVarint ? Double(bits) : Double(bitPattern: bits))
            }
        }
    }

    private struct Header {
        /// Module names, shared with every other record that logged the same ones.
        let names: [String]
        /// Whether the times are variable-length integers (else a `Double`'s 8 bytes each).
        let isVarint: Bool
    }

    private final class Storage: ManagedBuffer<Header, UInt8> {}
}
