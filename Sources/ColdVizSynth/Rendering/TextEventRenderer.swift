/// The events of one environment in Lambda's text log format (docs/FORMATS.md §2): INIT_START (zip and
/// zip_layers only: the samples show none for images), the `-X importtime` block when asked, START,
/// the cold start's Powertools and EMF lines, one application line, END and a traced REPORT; noise as
/// `NoiseInjector` decides. Updates `truth`. O(events).
struct TextEventRenderer {
    var importTime: Bool

    func events(_ env: SynthEnvironment, noise: inout NoiseInjector, truth: inout GroupTruth) -> [LogEvent] {
        var events: [LogEvent] = []
        var duplicates: [LogEvent] = []
        let f = env.function
        for inv in env.invocations {
            let d = noise.decide()
            if let initStart = inv.initStartMilliseconds {
                if f.method != "image" {
                    events.append(LogEvent(timestampMilliseconds: initStart, message: Self.initStart(f), kind: .record))
                }
                if importTime {
                    for (i, line) in StructuredLines.importTime(env).enumerated() {
                        events.append(LogEvent(timestampMilliseconds: initStart + 20 + Int64(i), message: line, kind: .ignored))
                    }
                }
            }
            let start = LogEvent(
                timestampMilliseconds: inv.startMilliseconds,
                message: "START RequestId: \(inv.requestId) Version: $LATEST\n", kind: .record)
            events.append(start)
            let app = inv.startMilliseconds + 1
            if inv.isCold { events += StructuredLines.coldStartEvents(env, inv, at: app) }
            events.append(
                LogEvent(
                    timestampMilliseconds: app,
                    message: "[INFO]\t\(TimeText.iso(app))\t\(inv.requestId)\tprocessed 100 rows\n", kind: .ignored))
            for _ in 0..<d.applicationLines {
                events.append(LogEvent(timestampMilliseconds: app, message: noise.applicationLine(inv, at: app), kind: .ignored))
            }
            truth.applicationLines += d.applicationLines
            if d.traceback {
                events.append(
                    LogEvent(timestampMilliseconds: app, message: NoiseInjector.traceback(inv, at: app), kind: .ignored))
                truth.tracebacks += 1
            }
            let end = LogEvent(
                timestampMilliseconds: inv.reportMilliseconds, message: "END RequestId: \(inv.requestId)\n", kind: .record)
            let report = LogEvent(
                timestampMilliseconds: inv.reportMilliseconds, message: Self.report(inv, memory: f.memoryMegabytes), kind: .record
            )
            events.append(end)
            events.append(report)
            if d.malformed {
                events.append(
                    LogEvent(
                        timestampMilliseconds: inv.reportMilliseconds,
                        message: NoiseInjector.garbledReport(d, memory: f.memoryMegabytes), kind: .malformed))
                truth.malformedLines += 1
            }
            if d.truncated {
                events.append(
                    LogEvent(
                        timestampMilliseconds: inv.reportMilliseconds, message: NoiseInjector.truncatedReport, kind: .malformed))
                truth.truncatedLines += 1
            }
            if d.duplicate {
                for e in [start, end, report] {
                    duplicates.append(
                        LogEvent(timestampMilliseconds: e.timestampMilliseconds, message: e.message, kind: .duplicate))
                }
                truth.duplicateEvents += 3
            }
        }
        return events + duplicates
    }

    static func initStart(_ f: SynthFunction) -> String {
        "INIT_START Runtime Version: \(f.runtimeVersion)\tRuntime Version ARN: arn:aws:lambda:\(SynthRuntime.region)::runtime:"
            + "\(runtimeHash(f.python))\n"
    }

    /// A traced REPORT: tab after every field, then the XRAY part on its own line (docs/FORMATS.md §2.3).
    static func report(_ inv: SynthInvocation, memory: Int) -> String {
        var text =
            "REPORT RequestId: \(inv.requestId)\tDuration: \(TimeText.centis(inv.durationCentis)) ms\t"
            + "Billed Duration: \(inv.billedDurationMilliseconds) ms\tMemory Size: \(memory) MB\t"
            + "Max Memory Used: \(inv.maxMemoryUsedMegabytes) MB\t"
        if let c = inv.initCentis { text += "Init Duration: \(TimeText.centis(c)) ms\t" }
        return text + "\nXRAY TraceId: \(inv.traceId)\tSegmentId: \(inv.segmentId)\tSampled: true\t\n"
    }

    /// A stable 64-hex runtime ARN suffix per Python version.
    static func runtimeHash(_ python: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in python.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return (0..<4).map { i in
            let word = (h &+ UInt64(i) &* 0x9E37_79B9_7F4A_7C15)
            let s = String(word, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }.joined()
    }
}
