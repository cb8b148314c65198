import ColdVizStats
import Foundation

/// How data values map onto an axis.
public enum ScaleKind: String, Hashable, Sendable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10); needs a positive domain.
    case log
}

/// A labelled position on an axis.
public struct Tick: Hashable, Sendable {
    /// The data value (for time axes: seconds since 1970-01-01T00:00:00Z).
    public var value: Double
    /// The printed label.
    public var label: String

    /// Creates a tick.
    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// A continuous scale from a data domain onto 0...1 (0 = left or bottom).
public struct NumericScale: Hashable, Sendable {
    /// Linear or logarithmic mapping.
    public var kind: ScaleKind
    /// Domain lower bound (positive for `.log`).
    public var lower: Double
    /// Domain upper bound, greater than `lower`.
    public var upper: Double

    /// Creates a scale; callers should use ``fit(lower:upper:kind:targetTickCount:padding:includeZero:)``.
    public init(kind: ScaleKind, lower: Double, upper: Double) {
        self.kind = kind
        self.lower = lower
        self.upper = upper
    }

    /// Position of `value` as a fraction of the axis; values outside the domain map outside 0...1.
    /// On a log scale, non-positive values map to the lower end (they cannot be placed otherwise).
    public func normalized(_ value: Double) -> Double {
        switch kind {
        case .linear:
            return (value - lower) / (upper - lower)
        case .log:
            guard value > 0 else { return 0 }
            return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
        }
    }

    /// A fitted scale with its ticks.
    public struct Fit: Hashable, Sendable {
        /// The scale, its domain padded around the data.
        public var scale: NumericScale
        /// Ticks inside the domain, labels exact.
        public var ticks: [Tick]
        /// Unlabelled minor tick values (log scales only).
        public var minorTicks: [Double]
    }

    /// Fits a scale to data spanning `lower...upper` and chooses ticks.
    ///
    /// - Linear: the domain is padded by `padding` of the span on each side (matplotlib's 5 %
    ///   margins), or starts exactly at 0 when `includeZero` and all data are non-negative.
    ///   Ticks come from ``ExtendedTicks``.
    /// - Log: padded by `padding` in log space; ticks at 1-2-5 × 10^k (``LogTicks``).
    /// - Degenerate data: an empty or non-finite range becomes 0...1; equal values are widened
    ///   by 10 % of their magnitude (±1 around 0, ×/÷ √10 on log scales).
    /// - `integerTicks` keeps only whole-number ticks (counts).
    /// O(1) in the data size.
    public static func fit(
        lower dataLower: Double?, upper dataUpper: Double?, kind: ScaleKind = .linear,
        targetTickCount: Int = 6, padding: Double = 0.05, includeZero: Bool = false, integerTicks: Bool = false
    ) -> Fit {
        var lo = dataLower ?? 0
        var hi = dataUpper ?? 1
        if !lo.isFinite || !hi.isFinite || dataLower == nil || dataUpper == nil {
            lo = 0
            hi = 1
        }
        if lo > hi { swap(&lo, &hi) }
        lo = max(lo, -1e300)
        hi = min(hi, 1e300)
        if kind == .log {
            return fitLog(lower: lo, upper: hi, targetTickCount: targetTickCount, padding: padding)
        }
        if lo == hi {
            if lo == 0 {
                lo = includeZero ? 0 : -1
                hi = 1
            } else {
                let d = abs(lo) * 0.1
                lo -= d
                hi += d
            }
        } else {
            let span = hi - lo
            lo -= span * padding
            hi += span * padding
        }
        if includeZero && (dataLower ?? 0) >= 0 { lo = 0 }
        var decimals = ExtendedTicks.ticks(lower: lo, upper: hi, targetCount: targetTickCount)
        let tolerance = (hi - lo) * 1e-9
        var inside = decimals.filter { $0.value >= lo - tolerance && $0.value <= hi + tolerance }
        if inside.count < 2, let first = decimals.first, let last = decimals.last {
            lo = min(lo, first.value)
            hi = max(hi, last.value)
            inside = decimals
        }
        decimals = inside
        if integerTicks {
            let whole = decimals.filter { $0.exponent >= 0 }
            if whole.count >= 2 {
                decimals = whole
            } else {
                if hi - lo < 1_000, let from = Int(checked: lo, rounding: .up), let to = Int(checked: hi, rounding: .down),
                    from < to
                {
                    decimals = (from...to).map { DecimalTick(mantissa: $0, exponent: 0) }
                }
            }
        }
        let labels = NumberLabels.labels(for: decimals)
        let ticks = zip(decimals, labels).map { Tick(value: $0.value, label: $1) }
        return Fit(scale: NumericScale(kind: .linear, lower: lo, upper: hi), ticks: ticks, minorTicks: [])
    }

    static func fitLog(lower: Double, upper: Double, targetTickCount: Int, padding: Double) -> Fit {
        var lo = lower
        var hi = upper
        if hi <= 0 {
            lo = 1
            hi = 10
        } else if lo <= 0 {
            lo = hi / 1000
        }
        if lo == hi {
            lo /= 10.0.squareRoot()
            hi *= 10.0.squareRoot()
        } else {
            let span = log10(hi) - log10(lo)
            lo = pow(10, log10(lo) - span * padding)
            hi = pow(10, log10(hi) + span * padding)
        }
        let result = LogTicks.ticks(lower: lo, upper: hi, targetCount: targetTickCount)
        let labels = NumberLabels.labels(for: result.major)
        let ticks = zip(result.major, labels).map { Tick(value: $0.value, label: $1) }
        return Fit(scale: NumericScale(kind: .log, lower: lo, upper: hi), ticks: ticks, minorTicks: result.minor)
    }
}
