import ColdVizStats
import Foundation

extension SeededGenerator {
    /// A uniform double in [0, 1) from the top 53 bits. O(1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in [low, high). O(1).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// A uniform integer in low...high. O(1) expected.
    mutating func integer(_ low: Int, _ high: Int) -> Int {
        low + nextIndex(below: high - low + 1)
    }

    /// True with probability `p`. O(1).
    mutating func chance(_ p: Double) -> Bool {
        p > 0 && unit() < p
    }

    /// A normal draw by inversion of the standard normal CDF (Wichura AS 241): one uniform per draw,
    /// so the sequence does not depend on a cached second value. O(1).
    mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        var u = unit()
        if u == 0 { u = 0x1p-54 }
        return mean + standardDeviation * Normal.quantile(u)
    }

    /// A log-normal draw whose median is `median` and whose log has standard deviation `sigma`. O(1).
    mutating func logNormal(median: Double, sigma: Double) -> Double {
        median * exp(normal(mean: 0, standardDeviation: sigma))
    }

    /// `count` random bytes as lowercase hex. O(count).
    mutating func hex(bytes count: Int) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(count * 2)
        var word: UInt64 = 0
        for i in 0..<count {
            if i % 8 == 0 { word = next() }
            let byte = UInt8(truncatingIfNeeded: word >> UInt64(i % 8 * 8))
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A version 4 UUID, lowercase. O(1).
    mutating func uuid() -> String {
        let h = Array(hex(bytes: 16).utf8)
        var out = [UInt8]()
        out.reserveCapacity(36)
        for (i, c) in h.enumerated() {
            if i == 8 || i == 12 || i == 16 || i == 20 { out.append(UInt8(ascii: "-")) }
            if i == 12 { out.append(UInt8(ascii: "4")); continue }
            if i == 16 { out.append(Array("89ab".utf8)[Int(c) % 4]); continue }
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
