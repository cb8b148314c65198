/// Ascending sorts of `Double`s and `UInt64`s in linear time, element for element the same array as `sorted()`.
public enum RadixSort {
    /// Below this many values `sorted()` is as fast.
    static let minimumCount = 512
    private static let digitBits = 11
    private static let passes = 6  // 6 × 11 bits cover the 64-bit keys
    private static let buckets = 1 << digitBits

    /// `values` in ascending order: the same array as `values.sorted()` (sorted in place, as below). O(n).
    public static func sorted(_ values: [Double]) -> [Double] {
        var copy = values
        sort(&copy)
        return copy
    }

    /// Puts `values` in ascending order: the same array as `values.sorted()`. A stable least-significant-digit
    /// radix sort of the order-preserving bit patterns (11 bits a pass, passes where every value has the
    /// same digit skipped), kept in `values`' own storage and one scratch array of the same size; `sort()`
    /// itself for small arrays and for arrays holding a NaN or a -0.0, whose order among equals `sorted()`
    /// does not define by bits. O(n).
    public static func sort(_ values: inout [Double]) {
        guard values.count >= minimumCount else { return values.sort() }
        guard !values.contains(where: { $0.isNaN || $0.bitPattern == (-0.0 as Double).bitPattern }) else {
            return values.sort()
        }
        // The keys replace the values in place (the storage read as `UInt64`s while they are keys).
        withKeys(&values) { keys in
            for i in keys.indices {
                let bits = keys[i]
                keys[i] = bits >> 63 == 0 ? bits | 1 << 63 : ~bits
            }
        }
        var other = [Double](repeating: 0, count: values.count)
        let inOther = withKeys(&values) { keys in withKeys(&other) { scratch in sortKeys(keys, scratch) } }
        if inOther { swap(&values, &other) }
        other = []
        withKeys(&values) { keys in
            for i in keys.indices {
                let key = keys[i]
                keys[i] = key >> 63 == 1 ? key ^ 1 << 63 : ~key
            }
        }
    }

    /// Puts `keys` in ascending order, as `sort()` does, in their own storage and one scratch array. O(n).
    public static func sort(_ keys: inout [UInt64]) {
        guard keys.count >= minimumCount else { return keys.sort() }
        var other = [UInt64](repeating: 0, count: keys.count)
        let inOther = keys.withUnsafeMutableBufferPointer { keys in
            other.withUnsafeMutableBufferPointer { scratch in sortKeys(keys, scratch) }
        }
        if inOther { swap(&keys, &other) }
    }

    /// Sorts `keys` with `scratch` (as many) as the other buffer of each pass; true when the sorted keys
    /// end in `scratch`. O(n).
    private static func sortKeys(_ keys: UnsafeMutableBufferPointer<UInt64>, _ scratch: UnsafeMutableBufferPointer<UInt64>)
        -> Bool
    {
        var counts = [Int](repeating: 0, count: passes * buckets)
        counts.withUnsafeMutableBufferPointer { counts in
            for key in keys {
                for pass in 0..<passes {
                    counts[pass * buckets + Int(truncatingIfNeeded: key >> UInt64(pass * digitBits)) & (buckets - 1)] += 1
                }
            }
        }
        var (from, to) = (keys, scratch)
        for pass in 0..<passes {
            let base = pass * buckets
            let shift = UInt64(pass * digitBits)
            // A digit all keys share leaves the order as it is.
            if counts[base + Int(truncatingIfNeeded: from[0] >> shift) & (buckets - 1)] == keys.count { continue }
            var offset = 0
            for b in 0..<buckets {
                let n = counts[base + b]
                counts[base + b] = offset
                offset += n
            }
            counts.withUnsafeMutableBufferPointer { counts in
                for key in from {
                    let slot = base + Int(truncatingIfNeeded: key >> shift) & (buckets - 1)
                    to[counts[slot]] = key
                    counts[slot] += 1
                }
            }
            swap(&from, &to)
        }
        return from.baseAddress == scratch.baseAddress
    }

    /// Calls `body` with the storage of `array` read as `UInt64`s (the same size and alignment).
    private static func withKeys<R>(_ array: inout [Double], _ body: (UnsafeMutableBufferPointer<UInt64>) -> R) -> R {
        array.withUnsafeMutableBufferPointer { $0.withMemoryRebound(to: UInt64.self, body) }
    }
}
