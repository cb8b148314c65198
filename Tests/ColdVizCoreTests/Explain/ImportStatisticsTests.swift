import Testing

@testable import ColdVizCore

/// Module import statistics over cold starts whose module lists differ in order, repeat a name or lack one:
/// each module's times are those of its name wherever it stands.
@Suite("Import statistics by module name")
struct ImportStatisticsTests {
    private func coldStart(_ modules: [(String, Double)], category: StartCategory = .cold) -> Invocation {
        var inv = Invocation(
            report: ReportFields(requestId: "r"), category: category, completionMilliseconds: nil, logGroup: nil,
            logStream: nil, runtimeVersion: nil, functionNameFromData: nil, location: SourceLocation(fileIndex: 0, line: 1))
        var log = AppLogRecord(source: .powertools)
        log.moduleTimingsMicroseconds = ModuleTimes(modules.map { ModuleTime(name: $0.0, microseconds: $0.1) })
        inv.explanation.add(log)
        return inv
    }

    @Test("names in another order, repeated or missing")
    func shuffledModules() throws {
        let invocations = [
            coldStart([("a", 1000), ("b", 2000), ("c", 3000)]),
            coldStart([("b", 4000), ("a", 5000), ("c", 6000)]),
            coldStart([("a", 7000), ("b", 8000), ("a", 9000)]),
            coldStart([("a", 100_000)], category: .warm),  // not a cold start: left out
        ]
        let stats = try #require(ImportStatistics.of(invocations))
        #expect(stats.coldStartsWithTimings == 3)
        // numpy 2.4.6: np.percentile([1,5,7,9], [50,95]) = 6.0, 8.7; [2,4,8] = 4.0, 7.6; [3,6] = 4.5, 5.85.
        #expect(stats.modules.map(\.name) == ["a", "b", "c"])
        #expect(stats.modules.map(\.count) == [4, 3, 2])
        let expected: [(Double, Double)] = [(6.0, 8.7), (4.0, 7.6), (4.5, 5.85)]
        for (module, (p50, p95)) in zip(stats.modules, expected) {
            #expect(abs(module.p50 - p50) < 1e-12)
            #expect(abs(module.p95 - p95) < 1e-12)
        }
        // The same cold starts picked by index give the same statistics.
        let picked = try #require(ImportStatistics.of(invocations, at: [2, 0, 1]))
        #expect(picked.modules.map(\.name) == ["a", "b", "c"])
        #expect(picked.modules.map(\.p95) == stats.modules.map(\.p95))
    }

    @Test("more modules than one pass holds: each module's times wherever and however often it stands")
    func modulesReadInSeveralPasses() throws {
        // Nine modules (three passes of four or fewer), each cold start starting the list at another module;
        // the last logs m8 twice and only three other names.
        var invocations = (0..<5).map { j in
            coldStart(
                (0..<9).map { k -> (String, Double) in
                    let microseconds: Int = (j * 10 + k + 1) * 1000 + j * 137
                    return ("m\((k + j) % 9)", Double(microseconds))
                })
        }
        invocations.append(coldStart([("m8", 500), ("m0", 250), ("m8", 123_456), ("m4", 777)]))
        // Read in passes as if they were many; in one pass as the few they are, the same statistics.
        let stats = try #require(ImportStatistics.of(invocations, at: invocations.indices, onePassValues: 0))
        let onePass = try #require(ImportStatistics.of(invocations))
        #expect(onePass.modules.map { [$0.p50, $0.p95] } == stats.modules.map { [$0.p50, $0.p95] })
        #expect(stats.coldStartsWithTimings == 6)
        // numpy 2.4.6, np.percentile(times_ms, [50, 95]) per module, sorted by p95 descending.
        let expected: [(String, Int, Double, Double)] = [
            ("m8", 7, 27.274, 100.0836), ("m2", 5, 21.274, 46.7206), ("m3", 5, 22.274, 45.9206),
            ("m1", 5, 29.274, 45.7206), ("m0", 6, 23.7055, 44.26375), ("m7", 5, 26.274, 42.7206),
            ("m6", 5, 25.274, 41.7206), ("m5", 5, 24.274, 40.7206), ("m4", 6, 18.7055, 39.26375),
        ]
        let (names, counts) = (expected.map { $0.0 }, expected.map { $0.1 })
        #expect(stats.modules.map { $0.name } == names)
        #expect(stats.modules.map { $0.count } == counts)
        for (module, (_, _, p50, p95)) in zip(stats.modules, expected) {
            #expect(abs(module.p50 - p50) < 1e-9)
            #expect(abs(module.p95 - p95) < 1e-9)
        }
    }
}
