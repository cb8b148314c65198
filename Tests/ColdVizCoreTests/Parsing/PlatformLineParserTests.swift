import Testing

@_spi(Testing) @testable import ColdVizCore

/// REPORT and the other platform lines in every spelling seen in real exports (docs/FORMATS.md §2, §10).
@Suite("Platform line parsing")
struct PlatformLineParserTests {
    struct ReportCase: CustomTestStringConvertible, Sendable {
        var id: String
        var line: String
        var requestId: String
        var duration: Double?
        var billed: Double?
        var memory: Int?
        var maxMemory: Int?
        var initDuration: Double?
        var restore: Double? = nil
        var billedRestore: Double? = nil
        var status: String? = nil
        var errorType: String? = nil
        var traceId: String? = nil
        var testDescription: String { id }
    }

    static let reports: [ReportCase] = [
        ReportCase(
            id: "tabs, trailing tab, XRAY on the next line",
            line:
                "REPORT RequestId: 00000000-0000-0000-0000-000000000001\tDuration: 812.40 ms\tBilled Duration: 813 ms\tMemory Size: 1024 MB\tMax Memory Used: 187 MB\tInit Duration: 2931.07 ms\t\nXRAY TraceId: 1-65f0a000-000000000000000000000001\tSegmentId: 0000000000000001\tSampled: true\t\n",
            requestId: "00000000-0000-0000-0000-000000000001", duration: 812.40, billed: 813, memory: 1024,
            maxMemory: 187, initDuration: 2931.07, traceId: "1-65f0a000-000000000000000000000001"),
        ReportCase(
            id: "single spaces (astuyve)",
            line:
                "REPORT RequestId: 4f3645464c2f Duration: 10.38 ms Billed Duration: 11 ms Memory Size: 128 MB Max Memory Used: 56 MB Init Duration: 167.50 ms",
            requestId: "4f3645464c2f", duration: 10.38, billed: 11, memory: 128, maxMemory: 56, initDuration: 167.50),
        ReportCase(
            id: "Init Duration before Duration, truncated id (custom runtime docs)",
            line:
                "REPORT RequestId: f8ac1208... Init Duration: 48.26 ms   Duration: 237.17 ms   Billed Duration: 300 ms   Memory Size: 128 MB   Max Memory Used: 26 MB",
            requestId: "f8ac1208...", duration: 237.17, billed: 300, memory: 128, maxMemory: 26, initDuration: 48.26),
        ReportCase(
            id: "integer init, double spaces (datadog)",
            line:
                "REPORT RequestId: 8edab1f8-7d34-4a8e-a965-15ccbbb78d4c Duration: 0.81 ms  Billed Duration: 100 ms Memory Size: 128 MB Max Memory Used: 90 MB  Init Duration: 1234 ms",
            requestId: "8edab1f8-7d34-4a8e-a965-15ccbbb78d4c", duration: 0.81, billed: 100, memory: 128, maxMemory: 90,
            initDuration: 1234),
        ReportCase(
            id: "2019 'ms \\t' and no init",
            line:
                "REPORT RequestId: 6d8d4d19-a6d4-4e2f-8b4b-8f3f0c5e1b11\tDuration: 1.63 ms\tBilled Duration: 100 ms \tMemory Size: 128 MB\tMax Memory Used: 72 MB\t",
            requestId: "6d8d4d19-a6d4-4e2f-8b4b-8f3f0c5e1b11", duration: 1.63, billed: 100, memory: 128, maxMemory: 72,
            initDuration: nil),
        ReportCase(
            id: "SnapStart restore with XRAY on the same line, single spaces",
            line:
                "REPORT RequestId: 0f3a Duration: 120.33 ms Billed Duration: 291 ms Memory Size: 2048 MB Max Memory Used: 160 MB Restore Duration: 402.18 ms Billed Restore Duration: 170 ms XRAY TraceId: 1-66d9-abc SegmentId: 12ab Sampled: true",
            requestId: "0f3a", duration: 120.33, billed: 291, memory: 2048, maxMemory: 160, initDuration: nil,
            restore: 402.18, billedRestore: 170, traceId: "1-66d9-abc"),
        ReportCase(
            id: "Status timeout without init",
            line:
                "REPORT RequestId: a1b2\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\tMemory Size: 128 MB\tMax Memory Used: 70 MB\tStatus: timeout",
            requestId: "a1b2", duration: 3000, billed: 3000, memory: 128, maxMemory: 70, initDuration: nil, status: "timeout"),
        ReportCase(
            id: "Status error with Error Type",
            line:
                "REPORT RequestId: a1b3\tDuration: 95.10 ms\tBilled Duration: 96 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\tInit Duration: 201.55 ms\tStatus: error\tError Type: Runtime.OutOfMemory",
            requestId: "a1b3", duration: 95.10, billed: 96, memory: 128, maxMemory: 128, initDuration: 201.55,
            status: "error", errorType: "Runtime.OutOfMemory"),
        ReportCase(
            id: "literal backslash escapes (datadog snapshots)",
            line:
                #"REPORT RequestId: 9c3b\tDuration: 5.00 ms\tBilled Duration: 100 ms\tMemory Size: 1024 MB\tMax Memory Used: 77 MB\tInit Duration: 350.10 ms\t\nXRAY TraceId: 1-5ed8-xx\tSegmentId: 01\tSampled: true\t\n"#,
            requestId: "9c3b", duration: 5, billed: 100, memory: 1024, maxMemory: 77, initDuration: 350.10, traceId: "1-5ed8-xx"),
        ReportCase(
            id: "an unknown future field does not break the line",
            line:
                "REPORT RequestId: zz\tDuration: 1.00 ms\tBilled Duration: 2 ms\tMemory Size: 512 MB\tMax Memory Used: 40 MB\tShiny New Metric: 7 units\tInit Duration: 100.00 ms",
            requestId: "zz", duration: 1, billed: 2, memory: 512, maxMemory: 40, initDuration: 100),
    ]

    @Test("REPORT fields are read by label", arguments: reports)
    func report(_ c: ReportCase) throws {
        let r = try #require(parseReport(c.line))
        #expect(r.requestId.description == c.requestId)
        #expect(r.durationMilliseconds == c.duration)
        #expect(r.billedDurationMilliseconds == c.billed)
        #expect(r.memorySizeMegabytes == c.memory)
        #expect(r.maxMemoryUsedMegabytes == c.maxMemory)
        #expect(r.initDurationMilliseconds == c.initDuration)
        #expect(r.restoreDurationMilliseconds == c.restore)
        #expect(r.billedRestoreDurationMilliseconds == c.billedRestore)
        #expect(r.status == c.status)
        #expect(r.errorType == c.errorType)
        #expect(r.traceId?.description == c.traceId)
    }

    @Test("a REPORT without RequestId is malformed, never guessed")
    func reportWithoutRequestId() {
        guard case .malformed(let reason) = classify("REPORT invalid report log line") else {
            Issue.record("expected malformed")
            return
        }
        #expect(reason.contains("RequestId"))
    }

    @Test("a REPORT whose number is not a number is malformed and says which field")
    func reportWithBadNumber() {
        guard case .malformed(let reason) = classify("REPORT RequestId: x\tDuration: abc ms\tBilled Duration: 1 ms") else {
            Issue.record("expected malformed")
            return
        }
        #expect(reason.contains("Duration") && reason.contains("abc"))
    }

    @Test("a memory size too large for a whole number is malformed, not a crash")
    func reportWithHugeMemorySize() {
        let line = "REPORT RequestId: x\tDuration: 1.00 ms\tBilled Duration: 1 ms\tMemory Size: 99999999999999999999999 MB"
        guard case .malformed(let reason) = classify(line) else {
            Issue.record("expected malformed")
            return
        }
        #expect(reason.contains("Memory Size") && reason.contains("99999999999999999999999"))
    }

    @Test("a JSON-format report with an out-of-range memory size keeps the report without it")
    func jsonReportWithHugeMemorySize() {
        let line =
            #"{"time":"2024-01-01T00:00:00Z","type":"platform.report","record":{"requestId":"a","metrics":{"durationMs":1,"memorySizeMB":1e400,"maxMemoryUsedMB":1e300}}}"#
        let ingest = Ingestor.readBytesForTest(Array(line.utf8))
        guard case .report(let r) = ingest.events.first?.record else {
            Issue.record("expected a REPORT record")
            return
        }
        #expect(r.durationMilliseconds == 1)
        #expect(r.memorySizeMegabytes == nil && r.maxMemoryUsedMegabytes == nil)
    }

    @Test("an event timestamp beyond any real time is dropped, not a crash")
    func eventWithHugeTimestamp() {
        let document =
            #"{"events":[{"logStreamName":"s","timestamp":1e300,"message":"REPORT RequestId: a\tDuration: 1.00 ms\tBilled Duration: 1 ms","eventId":"1"}]}"#
        let ingest = Ingestor.readBytesForTest(Array(document.utf8))
        #expect(ingest.events.count == 1)
        #expect(ingest.events.first?.timestampMilliseconds == nil)
        #expect(Timestamp.milliseconds(1_709_542_884_036.7) == 1_709_542_884_036)
        #expect(Timestamp.milliseconds(.infinity) == nil && Timestamp.milliseconds(-1e300) == nil)
    }

    @Test("INIT_START with tab, spaces and the long runtime version form")
    func initStart() {
        for line in [
            "INIT_START Runtime Version: python:3.11.v33\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:abc",
            "INIT_START Runtime Version: python:3.11.v33 Runtime Version ARN: arn:aws:lambda:eu-west-1::runtime:abc",
        ] {
            guard case .record(.initStart(let f)) = classify(line) else {
                Issue.record("not an INIT_START: \(line)")
                continue
            }
            #expect(f.runtimeVersion == "python:3.11.v33")
            #expect(f.runtimeVersionArn == "arn:aws:lambda:eu-west-1::runtime:abc")
        }
        guard
            case .record(.initStart(let f)) = classify(
                "INIT_START Runtime Version: python:3.12.mainlinev2.v43\tRuntime Version ARN: arn:x")
        else {
            Issue.record("not an INIT_START")
            return
        }
        #expect(Labeler.pythonVersion(runtimeVersion: f.runtimeVersion!) == "3.12")
    }

    @Test("INIT_REPORT failures and phases")
    func initReport() {
        guard case .record(.initReport(let t)) = classify("INIT_REPORT Init Duration: 10000.12 ms\tPhase: init\tStatus: timeout")
        else {
            Issue.record("not an INIT_REPORT")
            return
        }
        #expect(t.durationMilliseconds == 10000.12 && t.phase == "init" && t.status == "timeout" && t.isFailure)
        guard
            case .record(.initReport(let e)) = classify(
                "INIT_REPORT Init Duration: 1843.55 ms\tPhase: invoke\tStatus: error\tError Type: Runtime.ImportModuleError")
        else {
            Issue.record("not an INIT_REPORT")
            return
        }
        #expect(e.phase == "invoke" && e.errorType == "Runtime.ImportModuleError" && e.isFailure)
    }

    @Test("START, END, RESTORE lines; extension lines and app output are ignored, not lost")
    func otherLines() {
        if case .record(.start(let id)) = classify("START RequestId: abc Version: 72") {
            #expect(id == "abc")
        } else {
            Issue.record("START")
        }
        if case .record(.end(let id)) = classify("END RequestId: abc") { #expect(id == "abc") } else { Issue.record("END") }
        if case .record(.restoreReport(let d)) = classify("RESTORE_REPORT Restore Duration: 398.97 ms") {
            #expect(d == 398.97)
        } else {
            Issue.record("RESTORE_REPORT")
        }
        if case .ignored(.extensionLifecycle) = classify("EXTENSION\tName: x\tState: Ready\tEvents: [INVOKE,SHUTDOWN]") {
        } else {
            Issue.record("EXTENSION")
        }
        if case .ignored(.applicationOutput) = classify("[INFO]\t2024-03-04T10:00:05.201Z\tabc\thello") {
        } else {
            Issue.record("app")
        }
        if case .record(.failureMarker) = classify("2020-06-09T15:02:26.150Z 7c95 Task timed out after 3.00 seconds") {
        } else {
            Issue.record("timeout line")
        }
    }

    private func classify(_ line: String) -> MessageClass {
        var s = line
        return s.withUTF8 { PlatformLineParser.classify(UnsafeRawBufferPointer($0)) }
    }

    private func parseReport(_ line: String) -> ReportFields? {
        if case .record(.report(let r)) = classify(line) { return r }
        return nil
    }
}
