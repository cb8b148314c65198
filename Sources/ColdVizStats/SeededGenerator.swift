/// A seeded, reproducible random number generator: SplitMix64 (Steele, Lea & Flood,
/// "Fast splittable pseudorandom number generators", OOPSLA 2014; the constants of Vigna's
/// `splitmix64.c`). The same seed gives the same sequence on every platform and Swift version.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits. O(1).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<`bound` by Lemire's multiply-and-reject method ("Fast random
    /// integer generation in an interval", ACM TOMACS 2019). Unlike `Int.random(in:using:)`,
    /// whose algorithm the standard library does not promise, this sequence is fixed forever.
    ///
    /// - Precondition: `bound` > 0.
    /// - Complexity: O(1) expected.
    public mutating func nextIndex(below bound: Int) -> Int {
        precondition(bound > 0, "SeededGenerator.nextIndex needs a bound above 0, not \(bound)")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }
}
