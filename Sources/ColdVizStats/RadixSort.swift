/// Ascending sorts of `Double`s in linear time, element for element the same array as `sorted()`.
public enum RadixSort {
    /// Below this many values `sorted()` is as fast.
    static let minimumCount = 512
    private static let digitBits = 11
    private static let passes = 6  // 6 × 11 bits cover the 64-bit keys
    private static let buckets = 1 << digitBits

    /// `values` in ascending order: the same array as `values.sorted()`. A stable least-significant-digit
    /// radix sort of the order-preserving bit patterns (11 bits a pass, passes where every value has the
    /// same digit skipped); `sorted()` itself for small arrays and for arrays holding a NaN or a -0.0,
    /// whose order among equals `sorted()` does not define by bits. O(n).
    public static func sorted(_ values: [Double]) -> [Double] {
        guard values.count >= minimumCount else { return values.sorted() }
        var keys = [UInt64](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: passes * buckets)
        let ok = values.withUnsafeBufferPointer { source in
            keys.withUnsafeMutableBufferPointer { keys in
                counts.withUnsafeMutableBufferPointer { counts in
                    for (i, value) in source.enumerated() {
                        let bits = value.bitPattern
                        if value.isNaN || bits == (-0.0 as Double).bitPattern { return false }
                        let key = bits >> 63 == 0 ? bits | 1 << 63 : ~bits
                        keys[i] = key
                        for pass in 0..<passes {
                            counts[pass * buckets + Int(truncatingIfNeeded: key >> UInt64(pass * digitBits)) & (buckets - 1)] += 1
                        }
                    }
                    return true
                }
            }
        }
        guard ok else { return values.sorted() }
        var other = [UInt64](repeating: 0, count: values.count)
        for pass in 0..<passes {
            let base = pass * buckets
            // A digit all keys share leaves the order as it is.
            if counts[base + Int(truncatingIfNeeded: keys[0] >> UInt64(pass * digitBits)) & (buckets - 1)] == keys.count {
                continue
            }
            var offset = 0
            for b in 0..<buckets {
                let n = counts[base + b]
                counts[base + b] = offset
                offset += n
            }
            keys.withUnsafeBufferPointer { from in
                other.withUnsafeMutableBufferPointer { to in
                    counts.withUnsafeMutableBufferPointer { counts in
                        for key in from {
                            let slot = base + Int(truncatingIfNeeded: key >> UInt64(pass * digitBits)) & (buckets - 1)
                            to[counts[slot]] = key
                            counts[slot] += 1
                        }
                    }
                }
            }
            swap(&keys, &other)
        }
        return keys.map { key in Double(bitPattern: key >> 63 == 1 ? key ^ 1 << 63 : ~key) }
    }
}
