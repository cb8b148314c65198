import ColdVizStats
import Foundation

/// Talbot, Lin and Hanrahan's "extended" tick search (InfoVis 2010), as in R's `labeling::extended`
/// (ggplot2's default breaks), with nice numbers Q = [1, 5, 2, 2.5, 4, 3] and weights
/// simplicity 0.25, coverage 0.2, density 0.5, legibility 0.05.
public enum ExtendedTicks {
    /// The nice numbers, most preferred first; 2.5 is kept as 25 × 10^-1.
    static let niceNumbers: [(value: Double, mantissa: Int, exponent: Int)] = [
        (1, 1, 0), (5, 5, 0), (2, 2, 0), (2.5, 25, -1), (4, 4, 0), (3, 3, 0),
    ]
    static let weights = (simplicity: 0.25, coverage: 0.2, density: 0.5, legibility: 0.05)

    /// Ticks covering roughly `lower...upper`, about `targetCount` of them, as exact decimals.
    ///
    /// Ticks may extend slightly beyond the range (the coverage term allows it). Returns a single
    /// tick when `lower == upper` and an empty array for non-finite input. The search is bounded
    /// (it stops when no candidate can beat the best score) and is O(1) in the data size.
    public static func ticks(lower: Double, upper: Double, targetCount: Int) -> [DecimalTick] {
        guard lower.isFinite, upper.isFinite else { return [] }
        let dmin = min(lower, upper)
        let dmax = max(lower, upper)
        let m = Double(max(2, targetCount))
        guard dmax - dmin > 0, (dmax - dmin).isFinite else {
            return [decimal(dmin)]
        }
        let w = weights
        let qCount = Double(niceNumbers.count)
        var bestScore = -2.0
        var best: (start: Int, stride: Int, mantissa: Int, exponent: Int, k: Int)?
        var j = 1
        outer: while j < 10_000 {
            for (qi, q) in niceNumbers.enumerated() {
                let sm = 1 - Double(qi) / (qCount - 1) - Double(j) + 1
                if w.simplicity * sm + w.coverage + w.density + w.legibility < bestScore { break outer }
                var k = 2
                while k < 1_000 {
                    let dm = densityMax(k: k, m: m)
                    if w.simplicity * sm + w.coverage + w.density * dm + w.legibility < bestScore { break }
                    let delta = (dmax - dmin) / Double(k + 1) / Double(j) / q.value
                    // Subnormal and near-overflow domains give a step of 0 or ∞ and starts beyond Int: such
                    // candidates are skipped (checked conversions), never converted with a trap.
                    var z = Int(checked: log10(delta), rounding: .up) ?? 400
                    while z < 400 {
                        let step = Double(j) * q.value * pow(10, Double(z))
                        let cm = coverageMax(dmin: dmin, dmax: dmax, span: step * Double(k - 1))
                        if w.simplicity * sm + w.coverage * cm + w.density * dm + w.legibility < bestScore { break }
                        guard step > 0, step.isFinite,
                            let high = Int(checked: dmax / step, rounding: .down), high.magnitude < 1 << 50,
                            let low = Int(checked: dmin / step, rounding: .up), low.magnitude < 1 << 50
                        else {
                            z += 1
                            continue
                        }
                        let minStart = high * j - (k - 1) * j, maxStart = low * j
                        if minStart <= maxStart {
                            for start in minStart...maxStart {
                                let lmin = Double(start) * (step / Double(j))
                                let lmax = lmin + step * Double(k - 1)
                                let zeroIncluded = start % j == 0 && lmin <= 0 && lmax >= 0
                                let s = 1 - Double(qi) / (qCount - 1) - Double(j) + (zeroIncluded ? 1 : 0)
                                let c = coverage(dmin: dmin, dmax: dmax, lmin: lmin, lmax: lmax)
                                let g = density(k: k, m: m, dmin: dmin, dmax: dmax, lmin: lmin, lmax: lmax)
                                let score = w.simplicity * s + w.coverage * c + w.density * g + w.legibility
                                if score > bestScore {
                                    bestScore = score
                                    best = (start, j, q.mantissa, q.exponent + z, k)
                                }
                            }
                        }
                        z += 1
                    }
                    k += 1
                }
            }
            j += 1
        }
        guard let b = best else { return [decimal(dmin), decimal(dmax)] }
        return (0..<b.k).map { i in
            DecimalTick(mantissa: (b.start + i * b.stride) * b.mantissa, exponent: b.exponent)
        }
    }

    static func coverage(dmin: Double, dmax: Double, lmin: Double, lmax: Double) -> Double {
        let range = dmax - dmin
        return 1 - 0.5 * (pow(dmax - lmax, 2) + pow(dmin - lmin, 2)) / pow(0.1 * range, 2)
    }

    static func coverageMax(dmin: Double, dmax: Double, span: Double) -> Double {
        let range = dmax - dmin
        guard span > range else { return 1 }
        let half = (span - range) / 2
        return 1 - 0.5 * (2 * half * half) / pow(0.1 * range, 2)
    }

    static func density(k: Int, m: Double, dmin: Double, dmax: Double, lmin: Double, lmax: Double) -> Double {
        let r = Double(k - 1) / (lmax - lmin)
        let rt = (m - 1) / (max(lmax, dmax) - min(dmin, lmin))
        return 2 - max(r / rt, rt / r)
    }

    static func densityMax(k: Int, m: Double) -> Double {
        Double(k) >= m ? 2 - Double(k - 1) / (m - 1) : 1
    }

    /// The shortest decimal (up to 15 significant digits) for an arbitrary value.
    static func decimal(_ v: Double) -> DecimalTick {
        guard v != 0, v.isFinite else { return DecimalTick(mantissa: 0, exponent: 0) }
        let e = (Int(checked: log10(abs(v)), rounding: .down) ?? 0) - 14
        // 10^e of a subnormal v is 0 in a Double: scale in two steps so the mantissa stays finite.
        let m = (v / pow(10, Double(e / 2)) / pow(10, Double(e - e / 2))).rounded()
        return DecimalTick(mantissa: Int(checked: m) ?? 0, exponent: e)
    }
}
