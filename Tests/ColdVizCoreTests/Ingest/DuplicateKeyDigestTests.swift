import Testing

@testable import ColdVizCore

/// The duplicate keys of START, END and REPORT events with packed request ids, digested from the id's words
/// (``KeyDigest/init(tag:high:low:)``): equal keys give equal digests, different keys different ones.
@Suite("Duplicate-key digests of packed request ids")
struct DuplicateKeyDigestTests {
    static let id = LogId("8edab1f8-7d34-4a8e-a965-15ccbbb78d4c")
    static let other = LogId("8edab1f8-7d34-4a8e-a965-15ccbbb78d4d")

    static func keys(_ record: PlatformRecord) -> Deduplicator.EventKeys {
        Deduplicator.keys(
            of: PlatformEvent(
                record: record, timestampMilliseconds: nil, logGroup: nil, logStream: nil,
                location: SourceLocation(fileIndex: 0, line: 1)))
    }

    static func report(_ id: LogId, duration: Double?, initDuration: Double?) -> PlatformRecord {
        var r = ReportFields(requestId: id)
        r.durationMilliseconds = duration
        r.initDurationMilliseconds = initDuration
        return .report(r)
    }

    @Test("START, END and REPORT of one request differ; copies of each are equal")
    func kinds() throws {
        #expect(Self.id.isPacked)
        let start = try #require(Self.keys(.start(requestId: Self.id)).duplicate)
        let end = try #require(Self.keys(.end(requestId: Self.id)).duplicate)
        let reportKeys = Self.keys(Self.report(Self.id, duration: 12.5, initDuration: nil))
        let report = try #require(reportKeys.duplicate)
        let request = try #require(reportKeys.reportRequest)
        #expect(Set([start, end, report, request]).count == 4)
        #expect(Self.keys(.start(requestId: Self.id)).duplicate == start)
        #expect(Self.keys(.end(requestId: Self.id)).duplicate == end)
        #expect(Self.keys(Self.report(Self.id, duration: 12.5, initDuration: nil)).duplicate == report)
        #expect(Self.keys(.start(requestId: Self.other)).duplicate != start)
        #expect(Self.keys(.start(requestId: "1-65e58dda-306401a324990fdfe6155f0b")).duplicate != nil)
    }

    @Test("REPORTs of one request that differ in a number differ in key, not in request")
    func reportNumbers() throws {
        let variants: [(Double?, Double?)] = [
            (12.5, nil), (12.5, 0), (12.5, 100.25), (nil, 100.25), (nil, nil), (0, nil), (-0.0, nil), (12.5000001, nil),
            (100.25, 12.5),
        ]
        var duplicates = Set<KeyDigest>()
        for (duration, initDuration) in variants {
            let keys = Self.keys(Self.report(Self.id, duration: duration, initDuration: initDuration))
            duplicates.insert(try #require(keys.duplicate))
            #expect(keys.reportRequest == Self.keys(Self.report(Self.id, duration: nil, initDuration: nil)).reportRequest)
        }
        #expect(duplicates.count == variants.count)
    }

    @Test("a text id (not packed) keeps the hashed digests, which differ from the packed ones")
    func textIds() throws {
        let text = LogId("not-a-uuid")
        #expect(!text.isPacked)
        let start = try #require(Self.keys(.start(requestId: text)).duplicate)
        #expect(Self.keys(.start(requestId: text)).duplicate == start)
        #expect(start != Self.keys(.end(requestId: text)).duplicate)
    }

    @Test("one tag is a permutation: 200,000 nearby words give 200,000 digests, in both halves")
    func noCollisions() {
        var seen = Set<KeyDigest>(), lows = Set<UInt64>()
        for i in 0..<UInt64(100_000) {
            for (high, low) in [(UInt64(7), i), (i << 32, 0x8000)] {
                let digest = KeyDigest(tag: 1 << 16 | 1, high: high, low: low)
                seen.insert(digest)
                lows.insert(digest.low)
            }
        }
        #expect(seen.count == 200_000)
        // The low half alone is the 64-bit hash of the overlap check: well spread, no collision here.
        #expect(lows.count == 200_000)
    }
}
