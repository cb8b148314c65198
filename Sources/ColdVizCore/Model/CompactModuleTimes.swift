/// Module times kept with an invocation, in one allocation: the shared names and the times in 3 bytes
/// each when every time is a whole number of microseconds below 2²⁴ (16.7 s, as logs give them), in 4
/// below 2³², else in 8 (a `Double`'s bits).
///
/// A cold start keeps one for as long as the run lasts: 80 bytes for 13 modules, not the 144 of a
/// ``ModuleTimes``' own array. Immutable, hence sendable (the buffer class cannot say so itself).
struct CompactModuleTimes: @unchecked Sendable {
    private let storage: Storage

    /// The compact form of `times`; nil when there are none. O(modules).
    static func of(_ times: ModuleTimes) -> CompactModuleTimes? {
        guard !times.isEmpty else { return nil }
        let whole = times.allSatisfy { t in UInt32(exactly: t.microseconds) != nil && t.microseconds.sign == .plus }
        let width = !whole ? 8 : times.allSatisfy { $0.microseconds < 16_777_216 } ? 3 : 4
        let buffer = Storage.create(minimumCapacity: width * times.count) { _ in
            Header(names: times.names, width: UInt8(width))
        }
        buffer.withUnsafeMutablePointerToElements { out in
            for (k, t) in times.enumerated() {
                let bits = width == 8 ? t.microseconds.bitPattern : UInt64(t.microseconds)
                for b in 0..<width { (out + width * k + b).initialize(to: UInt8(truncatingIfNeeded: bits >> (8 * b))) }
            }
        }
        return CompactModuleTimes(storage: unsafeDowncast(buffer, to: Storage.self))
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
        let (names, width) = (storage.header.names, Int(storage.header.width))
        storage.withUnsafeMutablePointerToElements { bytes in
            for k in names.indices {
                var bits: UInt64 = 0
                for b in 0..<width { bits |= UInt64(bytes[width * k + b]) << (8 * b) }
                body(names[k], width == 8 ? Double(bitPattern: bits) : Double(bits))
            }
        }
    }

    private struct Header {
        /// Module names, shared with every other record that logged the same ones.
        let names: [String]
        /// Bytes a time takes: 3 or 4 (whole microseconds), or 8 (a `Double`'s bits).
        let width: UInt8
    }

    private final class Storage: ManagedBuffer<Header, UInt8> {}
}
