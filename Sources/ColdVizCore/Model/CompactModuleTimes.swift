/// Module times kept with an invocation, in one allocation: the shared names and the times in 4 bytes
/// each when every time is a whole number of microseconds below 2³² (as logs give them), else in 8.
///
/// A cold start keeps one for as long as the run lasts: 96 bytes for 13 modules, not the 144 of a
/// ``ModuleTimes``' own array. Immutable, hence sendable (the buffer class cannot say so itself).
struct CompactModuleTimes: @unchecked Sendable {
    private let storage: Storage

    /// The compact form of `times`; nil when there are none. O(modules).
    static func of(_ times: ModuleTimes) -> CompactModuleTimes? {
        guard !times.isEmpty else { return nil }
        let wide = times.contains { t in UInt32(exactly: t.microseconds) == nil || t.microseconds.sign == .minus }
        let buffer = Storage.create(minimumCapacity: wide ? 2 * times.count : times.count) { _ in
            Header(names: times.names, wide: wide)
        }
        buffer.withUnsafeMutablePointerToElements { out in
            for (k, t) in times.enumerated() {
                if wide {
                    let bits = t.microseconds.bitPattern
                    (out + 2 * k).initialize(to: UInt32(truncatingIfNeeded: bits >> 32))
                    (out + 2 * k + 1).initialize(to: UInt32(truncatingIfNeeded: bits))
                } else {
                    (out + k).initialize(to: UInt32(t.microseconds))
                }
            }
        }
        return CompactModuleTimes(storage: unsafeDowncast(buffer, to: Storage.self))
    }

    /// The times as ``ModuleTimes``. O(modules).
    var moduleTimes: ModuleTimes {
        let (names, wide) = (storage.header.names, storage.header.wide)
        let microseconds = storage.withUnsafeMutablePointerToElements { words in
            names.indices.map { k in
                wide ? Double(bitPattern: UInt64(words[2 * k]) << 32 | UInt64(words[2 * k + 1])) : Double(words[k])
            }
        }
        return ModuleTimes(names: names, microseconds: microseconds)
    }

    private struct Header {
        /// Module names, shared with every other record that logged the same ones.
        let names: [String]
        /// Whether each time takes two words (a `Double`'s bits) rather than one (a whole `UInt32`).
        let wide: Bool
    }

    private final class Storage: ManagedBuffer<Header, UInt32> {}
}
