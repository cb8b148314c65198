import Foundation

/// A tick value kept exactly as `mantissa × 10^exponent`, so its label prints without binary noise
/// (0.3, never 0.30000000000000004); the trick of d3's `tickSpec`.
public struct DecimalTick: Hashable, Sendable, Comparable {
    /// The integer digits.
    public var mantissa: Int
    /// The power of ten applied to `mantissa`.
    public var exponent: Int

    /// Creates `mantissa × 10^exponent`, normalised so that `mantissa` has no trailing zeros.
    public init(mantissa: Int, exponent: Int) {
        var m = mantissa
        var e = exponent
        while m != 0 && m % 10 == 0 {
            m /= 10
            e += 1
        }
        if m == 0 { e = 0 }
        self.mantissa = m
        self.exponent = e
    }

    /// The nearest `Double`; a division by an exact power of ten for negative exponents.
    public var value: Double {
        exponent >= 0 ? Double(mantissa) * pow(10, Double(exponent)) : Double(mantissa) / pow(10, Double(-exponent))
    }

    /// Orders by numeric value.
    public static func < (a: DecimalTick, b: DecimalTick) -> Bool { a.value < b.value }
}
