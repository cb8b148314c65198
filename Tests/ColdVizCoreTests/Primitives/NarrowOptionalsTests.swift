import Testing

@testable import ColdVizCore

@Suite("Narrow optionals")
struct NarrowOptionalsTests {
    @Test(
        "a Double? reads back as it was stored, bit for bit",
        arguments: [
            nil, 0.0, -0.0, 1.5, -2.25, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
            9_007_199_254_740_993.0,
        ] as [Double?])
    func doubles(_ value: Double?) {
        let read = NarrowOptionalDouble(value).value
        #expect(read?.bitPattern == value?.bitPattern)
        #expect((read == nil) == (value == nil))
    }

    @Test(
        "an Int64? reads back as it was stored",
        arguments: [nil, 0, -1, 1, 1 << 53, -(1 << 53), .max, .min + 1] as [Int64?])
    func integers(_ value: Int64?) {
        #expect(NarrowOptionalInt(value).value == value)
    }

    @Test("report fields keep what is set, and compare as their optionals do")
    func reportFields() {
        var a = ReportFields(requestId: "r")
        #expect(a.durationMilliseconds == nil && a.memorySizeMegabytes == nil && a.initDurationMilliseconds == nil)
        a.durationMilliseconds = 12.5
        a.billedDurationMilliseconds = 13
        a.memorySizeMegabytes = 1024
        a.maxMemoryUsedMegabytes = 90
        a.initDurationMilliseconds = 0
        a.restoreDurationMilliseconds = 402.18
        a.billedRestoreDurationMilliseconds = 170
        #expect(a.durationMilliseconds == 12.5 && a.billedDurationMilliseconds == 13 && a.memorySizeMegabytes == 1024)
        #expect(a.maxMemoryUsedMegabytes == 90 && a.initDurationMilliseconds == 0 && a.restoreDurationMilliseconds == 402.18)
        #expect(a.billedRestoreDurationMilliseconds == 170)
        var b = a
        #expect(a == b)
        b.initDurationMilliseconds = nil
        #expect(a != b && b.initDurationMilliseconds == nil)
        b.initDurationMilliseconds = -0.0
        #expect(a == b)  // 0 == -0, as Double? compares
        b.durationMilliseconds = .nan
        a.durationMilliseconds = .nan
        #expect(a != b)  // NaN equals nothing, as Double? compares
    }

    @Test("application logs keep their memory size and init duration, and compare as their optionals do")
    func appLogs() {
        var a = AppLogRecord(source: .lambdaInsights)
        #expect(a.memorySizeMegabytes == nil && a.initDurationMilliseconds == nil)
        a.memorySizeMegabytes = 10_240
        a.initDurationMilliseconds = 812.5
        #expect(a.memorySizeMegabytes == 10_240 && a.initDurationMilliseconds == 812.5)
        var b = a
        #expect(a == b)
        b.initDurationMilliseconds = nil
        #expect(a != b)
        b = a
        b.memorySizeMegabytes = nil
        #expect(a != b)
    }

    @Test("events and invocations give back their time and location")
    func eventsAndInvocations() {
        let location = SourceLocation(fileIndex: 295_361, line: 1 << 40)
        var e = PlatformEvent(
            record: .end(requestId: "r"), timestampMilliseconds: nil, logGroup: nil, logStream: nil, location: location)
        #expect(e.timestampMilliseconds == nil && e.location == location)
        e.timestampMilliseconds = 1_709_542_884_036
        #expect(e.timestampMilliseconds == 1_709_542_884_036)
        var inv = Invocation(
            report: ReportFields(requestId: "r"), category: .warm, completionMilliseconds: -5, logGroup: nil,
            logStream: nil, runtimeVersion: nil, functionNameFromData: nil, location: location)
        #expect(inv.completionMilliseconds == -5 && inv.location == location)
        inv.completionMilliseconds = nil
        #expect(inv.completionMilliseconds == nil)
    }
}
