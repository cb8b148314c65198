import Testing

@testable import ColdVizPlot

@Suite struct ExtendedTicksTests {
    static func labels(_ lo: Double, _ hi: Double, _ m: Int) -> [String] {
        NumberLabels.labels(for: ExtendedTicks.ticks(lower: lo, upper: hi, targetCount: m))
    }

    // ggplot2's default breaks (scales::extended_breaks, m = 5) for c(0, 100).
    @Test func ggplotDefaultBreaks() {
        #expect(Self.labels(0, 100, 5) == ["0", "25", "50", "75", "100"])
    }

    @Test(arguments: [
        ("tenths", 0.1, 0.7, 6), ("init ms", 1100.0, 8999.5, 6), ("counts", 0.0, 3.0, 5), ("negative", -0.35, 0.35, 5),
        ("tiny", 1e-7, 9e-7, 5), ("huge", 0.0, 1e15, 5),
    ])
    func ticksAreExactAndCoverTheRange(_ name: String, lower: Double, upper: Double, m: Int) {
        let ticks = ExtendedTicks.ticks(lower: lower, upper: upper, targetCount: m)
        #expect(ticks.count >= 2 && ticks.count <= 2 * m, "\(name)")
        let values = ticks.map(\.value)
        #expect(values == values.sorted())
        // Equal steps, checked on the exact decimal representation.
        let e = ticks.map(\.exponent).min()!
        let ints = ticks.map { $0.mantissa * pow10($0.exponent - e) }
        #expect(Set(zip(ints.dropFirst(), ints).map { $0 - $1 }).count == 1, "\(name)")
        let span = upper - lower
        #expect(values.first! <= lower + span * 0.3 && values.last! >= upper - span * 0.3, "\(name): \(values)")
        for label in NumberLabels.labels(for: ticks) {
            #expect(!label.contains("0000000") && !label.contains("9999999"), "\(name): \(label)")
        }
    }

    func pow10(_ e: Int) -> Int { (0..<e).reduce(1) { r, _ in r * 10 } }

    @Test func labelsPrintExactly() {
        #expect(Self.labels(0.1, 0.7, 6) == ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"])
        // The raw search may extend past the data; a fitted scale keeps only ticks inside its domain.
        #expect(Self.labels(1100, 8999.5, 6) == ["0", "2,000", "4,000", "6,000", "8,000", "10,000"])
        #expect(NumericScale.fit(lower: 1100, upper: 8999.5).ticks.map(\.label) == ["2,000", "4,000", "6,000", "8,000"])
    }

    @Test func numberLabels() {
        let ticks = [
            DecimalTick(mantissa: 0, exponent: 0), DecimalTick(mantissa: 5, exponent: -1), DecimalTick(mantissa: 1, exponent: 0),
        ]
        #expect(NumberLabels.labels(for: ticks) == ["0.0", "0.5", "1.0"])
        #expect(NumberLabels.labels(for: [DecimalTick(mantissa: 15, exponent: 2)]) == ["1,500"])
        #expect(NumberLabels.labels(for: [DecimalTick(mantissa: -1234567, exponent: 0)]) == ["-1,234,567"])
        #expect(NumberLabels.labels(for: [DecimalTick(mantissa: 25, exponent: 11)]) == ["2.5e12"])
        #expect(NumberLabels.labels(for: [DecimalTick(mantissa: 3, exponent: -5)]) == ["3e-5"])
        #expect(NumberLabels.label(2977.8125, decimals: 0) == "2,978")
        #expect(NumberLabels.label(0.125, decimals: 2) == "0.13")
        #expect(DecimalTick(mantissa: 3, exponent: -1).value == 0.3)
    }

    @Test func degenerateInput() {
        #expect(ExtendedTicks.ticks(lower: 5, upper: 5, targetCount: 5).map(\.value) == [5])
        #expect(ExtendedTicks.ticks(lower: .nan, upper: 1, targetCount: 5).isEmpty)
    }
}

@Suite struct NumericScaleTests {
    @Test(arguments: [
        ("single", 3000.0, 3000.0), ("zero", 0.0, 0.0), ("negative", -5.0, -5.0), ("wide", 1e-3, 1e12),
        ("normal", 1100.0, 9000.0),
    ])
    func linearFitsContainDataAndTicks(_ name: String, lower: Double, upper: Double) {
        let fit = NumericScale.fit(lower: lower, upper: upper)
        #expect(fit.scale.lower < fit.scale.upper, "\(name)")
        #expect(fit.scale.lower <= lower && fit.scale.upper >= upper, "\(name)")
        #expect(fit.ticks.count >= 2, "\(name): \(fit.ticks)")
        let tolerance = 1e-9 * (fit.scale.upper - fit.scale.lower)
        for t in fit.ticks {
            #expect(t.value >= fit.scale.lower - tolerance && t.value <= fit.scale.upper + tolerance, "\(name)")
        }
    }

    @Test func emptyAndNonFiniteBecomeUnitRange() {
        let fit = NumericScale.fit(lower: nil, upper: nil)
        #expect(fit.scale.lower < 0.01 && fit.scale.upper > 0.99)
        let nan = NumericScale.fit(lower: .nan, upper: 4)
        #expect(nan.scale.lower < 0.01 && nan.scale.upper > 0.99 && nan.scale.upper < 2)
    }

    @Test func includeZeroAndIntegerTicks() {
        let fit = NumericScale.fit(lower: 0, upper: 3, targetTickCount: 8, includeZero: true, integerTicks: true)
        #expect(fit.scale.lower == 0)
        #expect(fit.ticks.map(\.label) == ["0", "1", "2", "3"])
    }

    @Test func logScaleOneTwoFive() {
        let fit = NumericScale.fit(lower: 1100, upper: 9000, kind: .log)
        #expect(fit.ticks.map(\.label) == ["1,000", "2,000", "5,000"])
        #expect(abs(fit.scale.normalized(fit.scale.lower)) < 1e-12)
        let wide = NumericScale.fit(lower: 1, upper: 1e6, kind: .log, targetTickCount: 5)
        #expect(wide.ticks.map(\.label) == ["1", "10", "100", "1,000", "10,000", "100,000", "1,000,000"])
        #expect(!wide.minorTicks.isEmpty)
        let single = NumericScale.fit(lower: 100, upper: 100, kind: .log)
        #expect(single.scale.lower < 100 && single.scale.upper > 100 && single.ticks.contains { $0.value == 100 })
        let nonPositive = NumericScale.fit(lower: 0, upper: 0, kind: .log)
        #expect(nonPositive.scale.lower > 0)
        #expect(nonPositive.scale.normalized(-3) == 0)
    }
}

@Suite struct TimeTicksTests {
    // 2023-11-27T14:16:51Z = 1,701,094,611 s (date -u -d @1701094611).
    static let t0 = 1_701_094_611.0

    @Test func burstOfSecondsUsesClockLabels() {
        let fit = TimeTicks.fit(lower: Self.t0, upper: Self.t0 + 9, targetCount: 10)
        #expect(fit.stepMilliseconds == 1000)
        #expect(fit.ticks.first?.label == "14:16:51")
        #expect(fit.ticks.last?.label == "14:17:00")
        #expect(fit.dateCaption == "2023-11-27")
    }

    @Test(arguments: [
        (180.0, 6, Int64(30_000)), (3 * 3600.0, 4, Int64(3_600_000)), (50.0, 6, Int64(10_000)), (0.004, 6, Int64(1)),
        (3 * 86_400.0, 4, Int64(86_400_000)),
    ])
    func calendarSteps(span: Double, target: Int, step: Int64) {
        let fit = TimeTicks.fit(lower: Self.t0, upper: Self.t0 + span, targetCount: target)
        #expect(fit.stepMilliseconds == step)
        #expect(fit.ticks.count <= target && fit.ticks.count >= 2)
        for t in fit.ticks { #expect((t.value * 1000).rounded().truncatingRemainder(dividingBy: Double(step)) == 0) }
    }

    @Test func labelsForMillisecondsAndDays() {
        let ms = TimeTicks.fit(lower: Self.t0, upper: Self.t0 + 0.004, targetCount: 6)
        #expect(ms.ticks.first?.label == "14:16:51.000")
        #expect(ms.ticks.dropFirst().first?.label == "14:16:51.001")
        let days = TimeTicks.fit(lower: Self.t0, upper: Self.t0 + 3 * 86_400, targetCount: 4)
        #expect(days.ticks.map(\.label) == ["2023-11-28", "2023-11-29", "2023-11-30"])
        #expect(days.dateCaption == nil)
        let equal = TimeTicks.fit(lower: Self.t0, upper: Self.t0)
        #expect(equal.lowerSeconds < Self.t0 && equal.upperSeconds > Self.t0 && !equal.ticks.isEmpty)
    }

    @Test func utcDateBeforeEpochAndLeapDay() {
        #expect(UTCDate(millisecondsSinceEpoch: -1).dateString == "1969-12-31")
        #expect(UTCDate(millisecondsSinceEpoch: 951_782_400_000).dateString == "2000-02-29")
    }
}
