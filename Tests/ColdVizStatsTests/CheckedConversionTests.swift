import ColdVizStats
import Testing

/// The checked Double → integer conversion used for every conversion of data (issue 15).
@Suite("Checked conversion")
struct CheckedConversionTests {
    @Test("non-finite and out-of-range values give nil, never a trap")
    func outOfRange() {
        for v in [Double.nan, .infinity, -.infinity, 1e19, -1e19, 1e300, Double.greatestFiniteMagnitude] {
            #expect(Int(checked: v) == nil)
        }
        #expect(Int32(checked: 3e9) == nil)
    }

    @Test("representable values round by the rule asked for")
    func rounding() {
        #expect(Int(checked: 2.5, rounding: .up) == 3)
        #expect(Int(checked: 2.5, rounding: .down) == 2)
        #expect(Int(checked: -2.5) == -2)
        #expect(Int(checked: 2.5, rounding: .toNearestOrAwayFromZero) == 3)
        #expect(Int(checked: 5e-324, rounding: .up) == 1)
        #expect(Int64(checked: 9.2e18) == 9_200_000_000_000_000_000)
    }
}
