import Testing

@testable import ColdVizCore

/// The allocation-free `LabeledFields` finds exactly what the allocating one found.
@Suite("Labeled fields match the reference tokeniser")
struct LabeledFieldsTests {
    /// Every label the platform line parser asks for.
    static let targets: [StaticString] = [
        "RequestId:", "Version:", "Duration:", "Billed Duration:", "Memory Size:", "Max Memory Used:", "Init Duration:",
        "Restore Duration:", "Billed Restore Duration:", "Status:", "Error Type:", "XRAY TraceId:", "Runtime Version:",
        "Runtime Version ARN:", "Phase:", "TraceId:", "Used:", "ARN:",
    ]

    static let lines: [String] = [
        "REPORT RequestId: 1\tDuration: 812.40 ms\tBilled Duration: 813 ms\tMemory Size: 1024 MB\tMax Memory Used: 187 MB\tInit Duration: 2931.07 ms\t\nXRAY TraceId: 1-65f0\tSegmentId: 01\tSampled: true\t\n",
        "REPORT RequestId: 4f36 Duration: 10.38 ms Billed Duration: 11 ms Memory Size: 128 MB Max Memory Used: 56 MB",
        "REPORT RequestId: f8ac... Init Duration: 48.26 ms   Duration: 237.17 ms   Billed  \t Duration: 300 ms",
        "REPORT RequestId: a1b2\tDuration: 3000.00 ms\tStatus: timeout",
        "REPORT RequestId: a1b3\tStatus: error\tError Type: Runtime.OutOfMemory\tError  Type: second",
        "REPORT RequestId: zz\tShiny New Metric: 7 units\tInit Duration: 100.00 ms",
        "REPORT noise words before Duration: 5 ms and more noise Billed Duration: 6 ms",
        "REPORT one two three four Duration: 5 ms",
        "REPORT RequestId: Duration: 5 ms",
        "REPORT RequestId:",
        "REPORT Duration: 1 ms Duration: 2 ms Duration: 3",
        "REPORT Restore Duration: 402.18 ms Billed Restore Duration: 170 ms XRAY TraceId: 1-66d9 SegmentId: 12ab",
        "REPORT Billed Restore Duration: 170 ms Restore Duration: 9 ms",
        "REPORT X Restore Duration: 1 ms",
        "REPORT : Duration: 1 ms :: 2 MB ms",
        "REPORT Duration:\t\t\t7\r\nms",
        "REPORT XDuration: 1 ms Max Memory Used: 3 MB Memory Used: 4 MB",
        "INIT_START Runtime Version: python:3.11.v33\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:abc",
        "INIT_START Runtime  Version: python:3.11.v33 Runtime Version ARN: arn:x Version: 3",
        "INIT_REPORT Init Duration: 10000.12 ms\tPhase: init\tStatus: timeout",
        "START RequestId: abc Version: $LATEST",
        "END RequestId: abc",
        "",
        "   \t ",
        String(repeating: "a: 1 ", count: 40) + "Duration: 9 ms",
        String(repeating: "Duration: 1 ms ", count: 17) + "Duration: 2 ms",
    ]

    @Test("fixed lines: same value for every label", arguments: lines)
    func fixedLine(_ line: String) {
        compare(line, from: 0)
        compare(line, from: min(6, line.utf8.count))
    }

    @Test("seeded random lines: same value for every label")
    func randomLines() {
        let vocabulary = [
            "Duration:", "Billed", "Init", "Restore", "Max", "Memory", "Used:", "Size:", "ms", "MB", "12.5", "x",
            "RequestId:", ":", "a:", "Status:", "Error", "Type:", "XRAY", "TraceId:", "Version:", "Runtime", "ARN:",
            "Phase:", "noise", "7",
        ]
        let separators = [" ", "\t", "  ", "\n", " \t", "\r\n"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            // SplitMix64.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
        for _ in 0..<3000 {
            var line = ""
            for _ in 0..<next(60) {
                line += separators[next(separators.count)]
                line += vocabulary[next(vocabulary.count)]
            }
            compare(line, from: 0)
        }
    }

    private func compare(_ line: String, from start: Int) {
        var s = line
        s.withUTF8 { p in
            let bytes = UnsafeRawBufferPointer(p)
            let reference = ReferenceLabeledFields(bytes, from: start)
            var values: [Range<Int>] = []
            LabeledFields.forEach(bytes, from: start) { values.append($0.value) }
            #expect(values == reference.fields.map(\.value), "\(line.debugDescription)")
            var report = ReportRanges()
            LabeledFields.forEach(bytes, from: start) { report.keep($0) }
            let kept: [(Range<Int>?, String)] = [
                (report.requestId, "RequestId:"), (report.duration, "Duration:"),
                (report.billedDuration, "Billed Duration:"), (report.memorySize, "Memory Size:"),
                (report.maxMemoryUsed, "Max Memory Used:"), (report.initDuration, "Init Duration:"),
                (report.restoreDuration, "Restore Duration:"), (report.billedRestoreDuration, "Billed Restore Duration:"),
                (report.status, "Status:"), (report.errorType, "Error Type:"), (report.traceId, "XRAY TraceId:"),
            ]
            for (range, label) in kept {
                #expect(range == reference.value(label), "REPORT \(label) in \(line.debugDescription)")
            }
            for target in Self.targets {
                let value = LabeledFields.value(target, in: bytes, from: start)
                #expect(value == reference.value("\(target)"), "\(target) in \(line.debugDescription)")
            }
        }
    }
}
