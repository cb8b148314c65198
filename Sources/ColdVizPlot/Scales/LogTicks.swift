import Foundation

/// Ticks for base-10 logarithmic axes with 1-2-5 subdivisions.
public enum LogTicks {
    /// Major ticks (labelled) and minor tick values for `lower...upper` (both positive).
    ///
    /// Major ticks are the densest of {1, 2, 5} × 10^k, {1} × 10^k, {1} × 10^(2k), ... with at
    /// most `targetCount + 2` ticks inside the range; the unlabelled 1...9 × 10^k values are minor
    /// ticks when majors are whole decades. When the range spans less than one of the 1-2-5 steps,
    /// the linear extended ticks are used instead. O(number of decades).
    public static func ticks(lower: Double, upper: Double, targetCount: Int) -> (major: [DecimalTick], minor: [Double]) {
        guard lower > 0, upper > lower, lower.isFinite, upper.isFinite else { return ([], []) }
        let kLow = Int(floor(log10(lower)))
        let kHigh = Int(ceil(log10(upper)))
        func candidates(_ multipliers: [Int], everyDecades: Int) -> [DecimalTick] {
            var out: [DecimalTick] = []
            var k = kLow
            while k <= kHigh {
                if k % everyDecades == 0 {
                    for m in multipliers {
                        let t = DecimalTick(mantissa: m, exponent: k)
                        if t.value >= lower * (1 - 1e-12) && t.value <= upper * (1 + 1e-12) { out.append(t) }
                    }
                }
                k += 1
            }
            return out
        }
        let limit = max(3, targetCount + 2)
        let oneTwoFive = candidates([1, 2, 5], everyDecades: 1)
        if oneTwoFive.count < 2 {
            let linear = ExtendedTicks.ticks(lower: lower, upper: upper, targetCount: targetCount)
            return (linear.filter { $0.value >= lower && $0.value <= upper && $0.mantissa > 0 }, [])
        }
        if oneTwoFive.count <= limit { return (oneTwoFive, []) }
        var every = 1
        var decades = candidates([1], everyDecades: every)
        while decades.count > limit {
            every += 1
            decades = candidates([1], everyDecades: every)
        }
        var minor: [Double] = []
        if every == 1 && kHigh - kLow <= 8 {
            for k in kLow...kHigh {
                for m in 2...9 {
                    let v = DecimalTick(mantissa: m, exponent: k).value
                    if v >= lower && v <= upper { minor.append(v) }
                }
            }
        }
        return (decades, minor)
    }
}
