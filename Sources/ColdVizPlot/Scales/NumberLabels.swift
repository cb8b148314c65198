/// Formats exact decimal ticks as labels with a common number of decimals.
public enum NumberLabels {
    /// Labels for `ticks`: thousands separated by "," ("1,500"), every label with the same number
    /// of decimals ("0.0", "0.5", "1.0"), scientific ("2.5e12") for magnitudes of at least 10^12 or
    /// below 10^-4. O(number of ticks).
    public static func labels(for ticks: [DecimalTick], thousandsSeparator: Bool = true) -> [String] {
        let nonzero = ticks.filter { $0.mantissa != 0 }
        let maxMagnitude = nonzero.map { digits($0.mantissa) + $0.exponent }.max() ?? 0
        if maxMagnitude > 12 || (maxMagnitude < -3 && !nonzero.isEmpty) {
            return ticks.map(scientific)
        }
        let decimals = max(0, -(nonzero.map(\.exponent).min() ?? 0))
        return ticks.map { fixed($0, decimals: decimals, separator: thousandsSeparator) }
    }

    /// One label for one value with the given number of decimals (rounded half away from zero).
    public static func label(_ value: Double, decimals: Int, thousandsSeparator: Bool = true) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let m = (value * scale).rounded()
        guard abs(m) < 9e15 else { return scientific(ExtendedTicks.decimal(value)) }
        return fixed(DecimalTick(mantissa: Int(m), exponent: -decimals), decimals: decimals, separator: thousandsSeparator)
    }

    static func digits(_ m: Int) -> Int { String(m.magnitude).count }

    static func fixed(_ t: DecimalTick, decimals: Int, separator: Bool) -> String {
        // Shift the mantissa so that it holds exactly `decimals` fractional digits.
        var digitsString = String(t.mantissa.magnitude)
        let shift = t.exponent + decimals
        if shift > 0 { digitsString += String(repeating: "0", count: shift) }
        if digitsString.count <= decimals {
            digitsString = String(repeating: "0", count: decimals - digitsString.count + 1) + digitsString
        }
        let intPart = String(digitsString.dropLast(decimals))
        let fracPart = String(digitsString.suffix(decimals))
        var grouped = ""
        for (i, ch) in intPart.reversed().enumerated() {
            if separator && i > 0 && i % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        let sign = t.mantissa < 0 ? "-" : ""
        return sign + String(grouped.reversed()) + (decimals > 0 ? "." + fracPart : "")
    }

    static func scientific(_ t: DecimalTick) -> String {
        guard t.mantissa != 0 else { return "0" }
        let d = String(t.mantissa.magnitude)
        let power = t.exponent + d.count - 1
        let head = String(d.prefix(1))
        let tail = String(d.dropFirst())
        let sign = t.mantissa < 0 ? "-" : ""
        return sign + head + (tail.isEmpty ? "" : "." + tail) + "e" + String(power)
    }
}
