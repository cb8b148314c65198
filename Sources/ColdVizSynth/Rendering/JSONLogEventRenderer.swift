/// The events of one environment in Lambda's JSON log format (docs/FORMATS.md §5.1, §5.2): for zip and
/// zip_layers cold starts `platform.initStart` and `platform.initReport`; for every invocation
/// `platform.start`, the Python runtime's JSON application line, `platform.runtimeDone` and a traced
/// `platform.report`. Import-time lines stay plain text (stderr is not wrapped). O(events).
///
/// Noise: a malformed event is a `platform.report` without `record.requestId`; a truncated event is a
/// `platform.report` message cut in the middle, which is no longer JSON (coldviz reads it as
/// application output, so it is not counted as malformed); duplicates repeat `platform.start` and
/// `platform.report`.
struct JSONLogEventRenderer {
    var importTime: Bool

    func events(_ env: SynthEnvironment, noise: inout NoiseInjector, truth: inout GroupTruth) -> [LogEvent] {
        var events: [LogEvent] = []
        var duplicates: [LogEvent] = []
        let f = env.function
        for inv in env.invocations {
            let d = noise.decide()
            if let initStart = inv.initStartMilliseconds, f.method != "image" {
                events.append(
                    LogEvent(
                        timestampMilliseconds: initStart,
                        message: platform(
                            initStart, "initStart",
                            "{\"initializationType\":\"on-demand\",\"phase\":\"init\",\"runtimeVersion\":\"\(f.runtimeVersion)\","
                                + "\"runtimeVersionArn\":\"arn:aws:lambda:\(SynthRuntime.region)::runtime:\(TextEventRenderer.runtimeHash(f.python))\","
                                + "\"functionName\":\"\(f.name)\",\"functionVersion\":\"$LATEST\"}"), kind: .record))
            }
            if let initStart = inv.initStartMilliseconds, importTime {
                for (i, line) in StructuredLines.importTime(env).enumerated() {
                    events.append(LogEvent(timestampMilliseconds: initStart + 20 + Int64(i), message: line, kind: .ignored))
                }
            }
            if let c = inv.initCentis, f.method != "image" {
                events.append(
                    LogEvent(
                        timestampMilliseconds: inv.startMilliseconds,
                        message: platform(
                            inv.startMilliseconds, "initReport",
                            "{\"initializationType\":\"on-demand\",\"phase\":\"init\",\"status\":\"success\",\"metrics\":{\"durationMs\":\(TimeText.centis(c))}}"
                        ),
                        kind: .record))
            }
            let start = LogEvent(
                timestampMilliseconds: inv.startMilliseconds,
                message: platform(
                    inv.startMilliseconds, "start",
                    "{\"requestId\":\"\(inv.requestId)\",\"version\":\"$LATEST\",\"tracing\":\(tracing(inv))}"), kind: .record)
            events.append(start)
            let app = inv.startMilliseconds + 1
            if inv.isCold { events += StructuredLines.coldStartEvents(env, inv, at: app) }
            events.append(
                LogEvent(timestampMilliseconds: app, message: appLine(app, "INFO", "processed 100 rows", inv), kind: .ignored))
            for _ in 0..<d.applicationLines {
                events.append(
                    LogEvent(
                        timestampMilliseconds: app, message: appLine(app, "WARNING", "slow downstream call", inv), kind: .ignored)
                )
            }
            truth.applicationLines += d.applicationLines
            if d.traceback {
                let trace =
                    "\"errorType\":\"KeyError\",\"stackTrace\":[\"  File \\\"/var/task/handler.py\\\", line 42, in handler\\n    rows = load(event[\\\"rows\\\"])\\n\"]"
                events.append(
                    LogEvent(
                        timestampMilliseconds: app, message: appLine(app, "ERROR", "KeyError: 'rows'", inv, extra: trace),
                        kind: .ignored))
                truth.tracebacks += 1
            }
            events.append(
                LogEvent(
                    timestampMilliseconds: inv.reportMilliseconds,
                    message: platform(
                        inv.reportMilliseconds, "runtimeDone",
                        "{\"requestId\":\"\(inv.requestId)\",\"status\":\"success\",\"tracing\":\(tracing(inv)),"
                            + "\"metrics\":{\"durationMs\":\(TimeText.centis(max(101, inv.durationCentis - 40))),\"producedBytes\":64}}"
                    ), kind: .ignored))
            let report = LogEvent(
                timestampMilliseconds: inv.reportMilliseconds,
                message: platform(
                    inv.reportMilliseconds, "report",
                    "{\"requestId\":\"\(inv.requestId)\",\"metrics\":\(metrics(inv, memory: f.memoryMegabytes)),\"tracing\":\(tracing(inv)),\"status\":\"success\"}"
                ),
                kind: .record)
            events.append(report)
            if d.malformed {
                events.append(
                    LogEvent(
                        timestampMilliseconds: inv.reportMilliseconds,
                        message: platform(
                            inv.reportMilliseconds, "report",
                            "{\"metrics\":{\"durationMs\":\(TimeText.centis(d.garbledDurationCentis))},\"status\":\"success\"}"),
                        kind: .malformed))
                truth.malformedLines += 1
            }
            if d.truncated {
                events.append(
                    LogEvent(
                        timestampMilliseconds: inv.reportMilliseconds,
                        message: String(report.message.prefix(60)) + "\n", kind: .ignored))
                truth.truncatedLines += 1
            }
            if d.duplicate {
                for e in [start, report] {
                    duplicates.append(
                        LogEvent(timestampMilliseconds: e.timestampMilliseconds, message: e.message, kind: .duplicate))
                }
                truth.duplicateEvents += 2
            }
        }
        return events + duplicates
    }

    private func platform(_ ms: Int64, _ type: String, _ record: String) -> String {
        "{\"time\":\"\(TimeText.iso(ms))\",\"type\":\"platform.\(type)\",\"record\":\(record)}"
    }

    private func tracing(_ inv: SynthInvocation) -> String {
        "{\"spanId\":\"\(inv.segmentId)\",\"type\":\"X-Amzn-Trace-Id\",\"value\":\"Root=\(inv.traceId);Parent=\(inv.segmentId);Sampled=1\"}"
    }

    private func metrics(_ inv: SynthInvocation, memory: Int) -> String {
        var text =
            "{\"durationMs\":\(TimeText.centis(inv.durationCentis)),\"billedDurationMs\":\(inv.billedDurationMilliseconds),"
            + "\"memorySizeMB\":\(memory),\"maxMemoryUsedMB\":\(inv.maxMemoryUsedMegabytes)"
        if let c = inv.initCentis { text += ",\"initDurationMs\":\(TimeText.centis(c))" }
        return text + "}"
    }

    private func appLine(_ ms: Int64, _ level: String, _ message: String, _ inv: SynthInvocation, extra: String? = nil) -> String
    {
        "{\"timestamp\":\"\(TimeText.iso(ms))\",\"level\":\"\(level)\",\"message\":\"\(message)\",\"logger\":\"root\","
            + "\"requestId\":\"\(inv.requestId)\"" + (extra.map { "," + $0 } ?? "") + "}\n"
    }
}
