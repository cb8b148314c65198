import Testing

@testable import ColdVizCore

/// ``Invocation`` stores its fields narrowly (packed ids, 16-bit sizes and counts, a packed location);
/// whatever does not fit goes out of line. Every field must read back as it was set, in and out of range.
@Suite("Invocation: narrow storage reads back every value")
struct InvocationStorageTests {
    private static func invocation(_ report: ReportFields, at location: ColdVizCore.SourceLocation) -> Invocation {
        Invocation(
            report: report, category: .cold, completionMilliseconds: 1_709_542_884_036, logGroup: "/aws/lambda/f",
            logStream: "2024/03/04/[$LATEST]abc", runtimeVersion: "python:3.12.v23", functionNameFromData: "f",
            location: location)
    }

    @Test(
        arguments: [
            ("f836b25e-7ada-4fc1-afbc-4b009867b0ac", "1-65e58dda-306401a324990fdfe6155f0b"),  // packed both
            ("not-a-uuid", "Root=1-65e58dda-306401a324990fdfe6155f0b"),  // both text
            ("1-65e58dda-306401a324990fdfe6155f0b", nil),  // a trace root as request id, no trace
            ("F836B25E-7ADA-4FC1-AFBC-4B009867B0AC", "f836b25e-7ada-4fc1-afbc-4b009867b0ac"),  // upper case is text
        ] as [(String, String?)])
    func idsReadBack(_ request: String, _ trace: String?) {
        var r = ReportFields(requestId: LogId(request))
        r.traceId = trace.map { LogId($0) }
        r.durationMilliseconds = 12.34
        let inv = Self.invocation(r, at: ColdVizCore.SourceLocation(fileIndex: 3, line: 17))
        #expect(inv.report == r)
        #expect(inv.report.requestId.description == request)
        #expect(inv.report.traceId?.description == trace)
    }

    @Test(arguments: [nil, 0, 128, 10_240, 65_533, 65_534, 65_535, 65_536, (1 << 20) - 1] as [Int?])
    func memorySizesReadBack(_ megabytes: Int?) {
        var r = ReportFields(requestId: "f836b25e-7ada-4fc1-afbc-4b009867b0ac")
        r.memorySizeMegabytes = megabytes
        r.maxMemoryUsedMegabytes = megabytes.map { $0 / 2 + 65_000 }
        let inv = Self.invocation(r, at: ColdVizCore.SourceLocation(fileIndex: 0, line: 1))
        #expect(inv.report.memorySizeMegabytes == megabytes)
        #expect(inv.report.maxMemoryUsedMegabytes == megabytes.map { $0 / 2 + 65_000 })
    }

    @Test func optionalTimesAndRareFieldsReadBack() {
        var r = ReportFields(requestId: "f836b25e-7ada-4fc1-afbc-4b009867b0ac")
        r.initDurationMilliseconds = 9724.55
        r.billedDurationMilliseconds = 10183
        r.status = "timeout"
        r.errorType = "Runtime.ExitError"
        r.restoreDurationMilliseconds = 310.5
        var inv = Self.invocation(r, at: ColdVizCore.SourceLocation(fileIndex: 0, line: 1))
        #expect(inv.report == r)
        #expect(inv.report.durationMilliseconds == nil)
        inv.report.status = nil
        #expect(inv.report.status == nil && inv.report.errorType == "Runtime.ExitError")
        inv.completionMilliseconds = nil
        #expect(inv.completionMilliseconds == nil)
    }

    @Test(arguments: [
        ColdVizCore.SourceLocation(fileIndex: 0, line: 0), ColdVizCore.SourceLocation(fileIndex: 16_777_214, line: (1 << 40) - 1),
        ColdVizCore.SourceLocation(fileIndex: 16_777_215, line: 5), ColdVizCore.SourceLocation(fileIndex: 2, line: 1 << 40),
        ColdVizCore.SourceLocation(fileIndex: 1 << 30, line: 1 << 50),
    ])
    func locationsReadBack(_ location: ColdVizCore.SourceLocation) {
        var inv = Self.invocation(ReportFields(requestId: "x"), at: location)
        #expect(inv.location == location)
        #expect(inv.report.requestId == "x")
        inv.location = ColdVizCore.SourceLocation(fileIndex: 1, line: 2)
        #expect(inv.location == ColdVizCore.SourceLocation(fileIndex: 1, line: 2))
        #expect(inv.report.requestId == "x", "moving the location keeps the text id")
    }

    @Test func categoriesSourcesAndContextReadBack() {
        var inv = Self.invocation(ReportFields(requestId: "x"), at: ColdVizCore.SourceLocation(fileIndex: 0, line: 1))
        for category in StartCategory.allCases {
            for source in [InvocationSource.report, .trace] {
                inv.category = category
                inv.source = source
                #expect(inv.category == category && inv.source == source)
            }
        }
        #expect(inv.logGroup == "/aws/lambda/f" && inv.logStream == "2024/03/04/[$LATEST]abc")
        #expect(inv.runtimeVersion == "python:3.12.v23" && inv.functionNameFromData == "f")
        #expect(inv.completionMilliseconds == 1_709_542_884_036)
    }

    @Test(arguments: [
        [104.0, 29, 2_648_044], [16_777_215, 0], [16_777_216, 1], [4_294_967_295, 7], [104.5, 29], [-0.0, 1],
        [4_294_967_296, 1], [-3, 1], [Double.nan, 1],
        // Each length of a variable-length integer, on both sides of its limit.
        [0, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456, 4_294_967_295],
    ])
    func moduleTimesReadBack(_ microseconds: [Double]) {
        var log = AppLogRecord(source: .powertools)
        log.coldStart = true
        log.moduleTimingsMicroseconds = ModuleTimes(
            microseconds.enumerated().map { ModuleTime(name: "m\($0.offset)", microseconds: $0.element) })
        var inv = Self.invocation(ReportFields(requestId: "x"), at: ColdVizCore.SourceLocation(fileIndex: 0, line: 1))
        inv.explanation.add(log)
        inv.explanation.add(AppLogRecord(source: .emf))
        let read = inv.explanation.moduleTimesMicroseconds
        #expect(read.names == microseconds.indices.map { "m\($0)" })
        #expect(read.map { $0.microseconds.bitPattern } == microseconds.map(\.bitPattern))
        #expect(inv.explanation.appLogCount == 2 && inv.explanation.appSaysCold == true)
    }

    @Test func appLogCountsBeyondSixteenBitsReadBack() {
        var inv = Self.invocation(ReportFields(requestId: "x"), at: ColdVizCore.SourceLocation(fileIndex: 0, line: 1))
        var log = AppLogRecord(source: .powertools)
        log.coldStart = false
        for n in 1...70_000 {
            inv.explanation.add(log)
            if n == 65_533 || n == 65_534 || n == 70_000 { #expect(Int(inv.explanation.appLogCount) == n) }
        }
        #expect(inv.explanation.appSaysCold == false)
        inv.explanation.trace = TraceRecord(location: ColdVizCore.SourceLocation(fileIndex: 0, line: 0))
        #expect(inv.explanation.trace != nil && inv.explanation.appLogCount == 70_000)
    }

    @Test func moduleTimesAndExtrasTogether() {
        var log = AppLogRecord(source: .powertools)
        log.moduleTimingsMicroseconds = ModuleTimes([ModuleTime(name: "numpy", microseconds: 575_974)])
        var inv = Self.invocation(ReportFields(requestId: "x"), at: ColdVizCore.SourceLocation(fileIndex: 0, line: 1))
        inv.explanation.add(log)
        #expect(inv.report.requestId == "x", "a text id (extras) and module times")
        inv.report.requestId = "f836b25e-7ada-4fc1-afbc-4b009867b0ac"
        inv.report.status = "error"
        #expect(inv.explanation.moduleTimesMicroseconds.map(\.name) == ["numpy"])
        inv.report.status = nil
        #expect(inv.report.status == nil && inv.report.requestId == "f836b25e-7ada-4fc1-afbc-4b009867b0ac")
        #expect(inv.explanation.moduleTimesMicroseconds.map(\.microseconds) == [575_974])
        inv.explanation.trace = TraceRecord(location: ColdVizCore.SourceLocation(fileIndex: 0, line: 0))
        inv.explanation.trace = nil
        #expect(inv.explanation.moduleTimesMicroseconds.count == 1 && inv.explanation.trace == nil)
    }

    @Test func anInvocationTakesNinetySixBytes() {
        // Millions are kept: a field added carelessly costs megabytes (the peak-memory targets of issue 14).
        #expect(MemoryLayout<Invocation>.stride == 96)
    }
}
