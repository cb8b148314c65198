import ColdVizStats
import Foundation
import Testing

@testable import ColdVizCore

/// The fast readers of Lambda's own layout answer nil or what the general reader (``LabeledFields``) finds.
@Suite("Canonical platform lines")
struct CanonicalPlatformLinesTests {
    static let report =
        "REPORT RequestId: f836b25e-7ada-4fc1-afbc-4b009867b0ac\tDuration: 458.41 ms\tBilled Duration: 10183 ms\t"
        + "Memory Size: 1024 MB\tMax Memory Used: 271 MB\t"
    static let initPart = "Init Duration: 9724.55 ms\t"
    static let xray = "\nXRAY TraceId: 1-65e58dda-306401a324990fdfe6155f0b\tSegmentId: cd32032dc651501b\tSampled: true\t\n"
    static let start = "START RequestId: 788a448c-ca5a-4cf8-9cf8-896babb0e20d Version: $LATEST\n"
    static let end = "END RequestId: 788a448c-ca5a-4cf8-9cf8-896babb0e20d\n"

    @Test("Lambda's layouts are read by the fast readers, with the general reader's fields")
    func canonicalLayouts() throws {
        for line in [Self.report, Self.report + Self.initPart, Self.report + Self.xray, Self.report + Self.initPart + Self.xray] {
            let fast = try #require(Self.fastReport(line), "\(line.debugDescription) is Lambda's layout")
            #expect(fast == Self.generalReport(line))
            #expect((fast.traceId != nil) == line.contains("XRAY"))
            #expect((fast.initDuration != nil) == line.contains("Init"))
            #expect(fast.duration != nil && fast.billedDuration != nil && fast.memorySize != nil && fast.maxMemoryUsed != nil)
        }
        for (line, labelEnd) in [(Self.start, 16), (Self.end, 14), ("START RequestId: abc", 16)] {
            let fast = try #require(Self.fastRequestId(line, labelEnd: labelEnd))
            #expect(fast == Self.generalRequestId(line, labelEnd: labelEnd))
        }
    }

    @Test("other layouts are left to the general reader")
    func otherLayouts() {
        let others = [
            Self.report.replacingOccurrences(of: "\tDuration", with: "  Duration"),
            Self.report + "Status: error\tError Type: Runtime.ExitError",
            String(Self.report.dropLast()) + Self.xray.dropFirst(),
            Self.report + Self.initPart.dropLast() + Self.xray.dropFirst(),
            Self.report + "Restore Duration: 1 ms",
        ]
        for line in others { #expect(Self.fastReport(line) == nil, "\(line.debugDescription)") }
        #expect(Self.fastRequestId("START RequestId: a b", labelEnd: 16) == nil)
        #expect(Self.fastRequestId("START RequestId:\ta", labelEnd: 16) == nil)
    }

    /// Every line made from Lambda's layouts by up to three random edits (a byte replaced, removed or
    /// inserted, from bytes that matter to the readers) is read by the fast reader as the general one reads
    /// it, or left to the general one.
    @Test("mutated lines: nil or the general reader's fields", arguments: [UInt64(1), 2, 3, 4])
    func mutatedLines(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let alphabet = Array(" \t\n\rmsMBXRAYInit:D0.9-".utf8)
        let reports = [
            Self.report, Self.report + Self.initPart + Self.xray, String(Self.report.dropLast()) + Self.xray,
            Self.report + Self.initPart.dropLast() + Self.xray,
        ]
        var fastAnswers = 0
        for _ in 0..<5_000 {
            let isReport = Bool.random(using: &generator)
            let base =
                isReport ? reports.randomElement(using: &generator)! : [Self.start, Self.end].randomElement(using: &generator)!
            var bytes = Array(base.utf8)
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                let byte = alphabet.randomElement(using: &generator)!
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[at] = byte
                case 1: if bytes.count > 1 { bytes.remove(at: at) }
                default: bytes.insert(byte, at: at)
                }
            }
            let line = String(decoding: bytes, as: UTF8.self)
            if isReport {
                guard line.hasPrefix("REPORT") else { continue }
                if let fast = Self.fastReport(line) {
                    fastAnswers += 1
                    #expect(fast == Self.generalReport(line), "\(line.debugDescription)")
                }
            } else {
                let labelEnd = line.hasPrefix("START RequestId:") ? 16 : line.hasPrefix("END RequestId:") ? 14 : 0
                guard labelEnd > 0 else { continue }
                if let fast = Self.fastRequestId(line, labelEnd: labelEnd) {
                    fastAnswers += 1
                    #expect(fast == Self.generalRequestId(line, labelEnd: labelEnd), "\(line.debugDescription)")
                }
            }
        }
        // Edits to values keep the layout: the fast readers answered for a good share of the lines.
        #expect(fastAnswers > 500)
    }

    private static func fastReport(_ line: String) -> ReportRanges? {
        var copy = line
        return copy.withUTF8 { CanonicalPlatformLines.reportRanges(UnsafeRawBufferPointer($0)) }
    }

    private static func generalReport(_ line: String) -> ReportRanges {
        var copy = line
        return copy.withUTF8 { ReportRanges(UnsafeRawBufferPointer($0)) }
    }

    private static func fastRequestId(_ line: String, labelEnd: Int) -> Range<Int>? {
        var copy = line
        return copy.withUTF8 { CanonicalPlatformLines.requestId(UnsafeRawBufferPointer($0), labelEnd: labelEnd) }
    }

    private static func generalRequestId(_ line: String, labelEnd: Int) -> Range<Int>? {
        var copy = line
        // START's fields are read from after `START`, END's from after `END`.
        let from = labelEnd == 16 ? 5 : 3
        return copy.withUTF8 { LabeledFields.value("RequestId:", in: UnsafeRawBufferPointer($0), from: from) }
    }
}
