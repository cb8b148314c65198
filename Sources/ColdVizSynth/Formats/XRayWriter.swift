/// X-Ray `batch-get-traces` output (docs/FORMATS.md §8.1, §8.2) beside the same invocations' logs:
/// `logs/<function>.log` (plain text, as `TextFormatWriter`) and `traces/burst-0001.json`, CLI documents
/// of at most 5 traces each (the API's limit), concatenated. Each trace holds the `AWS::Lambda` segment
/// (id = the REPORT's SegmentId, `aws.request_id`, times with 3 decimals) and the
/// `AWS::Lambda::Function` segment (times with 7 decimals) whose subsegments are `Initialization` (cold
/// starts: from INIT_START for exactly Init Duration, before the function segment starts), `Invocation`
/// (Duration) and `Overhead`. Documents are JSON strings inside the JSON, as the API returns them.
final class XRayWriter: FormatWriter {
    private let logs = TextFormatWriter(folder: "logs/")
    private var traces: OutputFile?
    private var pending: [String] = []

    func write(_ environments: [SynthEnvironment], burst: Int, context: WriteContext) throws(SynthError) {
        try logs.write(environments, burst: burst, context: context)
        if traces == nil { traces = try context.open("traces/burst-\(TimeText.pad(burst, 4)).json") }
        for env in environments {
            for inv in env.invocations {
                pending.append(trace(inv, env.function, context: context))
                if pending.count == 5 { try flush() }
            }
        }
    }

    func endBurst(_ burst: Int, context: WriteContext) throws(SynthError) {
        try flush()
        try traces?.close()
        traces = nil
    }

    func finish(context: WriteContext) throws(SynthError) {
        try flush()
        try traces?.close()
        traces = nil
        try logs.finish(context: context)
    }

    private func flush() throws(SynthError) {
        guard !pending.isEmpty, let traces else { return }
        try traces.write(
            "{\n    \"Traces\": [\n" + pending.joined(separator: ",\n") + "\n    ],\n    \"UnprocessedTraceIds\": []\n}\n")
        pending = []
    }

    private func trace(_ inv: SynthInvocation, _ f: SynthFunction, context: WriteContext) -> String {
        let arn = StructuredLines.arn(f)
        let service =
            "{\"id\":\"\(inv.segmentId)\",\"name\":\"\(f.name)\",\"start_time\":\(TimeText.seconds3(inv.arrivalMilliseconds)),"
            + "\"trace_id\":\"\(inv.traceId)\",\"end_time\":\(TimeText.seconds3(inv.reportMilliseconds + 1)),"
            + "\"http\":{\"response\":{\"status\":200}},\"aws\":{\"request_id\":\"\(inv.requestId)\"},"
            + "\"origin\":\"AWS::Lambda\",\"resource_arn\":\"\(arn)\"}"
        let start = Int64(inv.startMilliseconds) * 10_000
        let end = start + Int64(inv.durationCentis) * 100
        var subsegments: [String] = []
        if let initStart = inv.initStartMilliseconds, let c = inv.initCentis {
            let s = initStart * 10_000
            subsegments.append(
                sub(context, "Initialization", s, s + Int64(c) * 100, extra: ",\"aws\":{\"function_arn\":\"\(arn)\"}"))
        }
        subsegments.append(sub(context, "Invocation", start, end))
        subsegments.append(sub(context, "Overhead", end, end + Int64(context.rng.integer(2_000, 9_000))))
        let function =
            "{\"id\":\"\(inv.functionSegmentId)\",\"name\":\"\(f.name)\",\"start_time\":\(Self.seconds7(start)),"
            + "\"trace_id\":\"\(inv.traceId)\",\"end_time\":\(Self.seconds7(end + 10_000)),\"parent_id\":\"\(inv.segmentId)\","
            + "\"aws\":{\"account_id\":\"\(SynthRuntime.account)\",\"function_arn\":\"\(arn)\",\"resource_names\":[\"\(f.name)\"],"
            + "\"cloudwatch_logs\":[{\"log_group\":\"\(f.logGroup)\"}]},\"origin\":\"AWS::Lambda::Function\","
            + "\"subsegments\":[\(subsegments.joined(separator: ","))]}"
        let seconds = Double(inv.reportMilliseconds + 1 - inv.arrivalMilliseconds) / 1000
        return "        {\n            \"Id\": \"\(inv.traceId)\",\n            \"Duration\": \(seconds),\n"
            + "            \"LimitExceeded\": false,\n            \"Segments\": [\n"
            + segment(inv.functionSegmentId, function) + ",\n" + segment(inv.segmentId, service)
            + "\n            ]\n        }"
    }

    private func segment(_ id: String, _ document: String) -> String {
        "                {\n                    \"Id\": \"\(id)\",\n                    \"Document\": \(JSONText.quote(document))\n                }"
    }

    private func sub(_ context: WriteContext, _ name: String, _ start: Int64, _ end: Int64, extra: String = "") -> String {
        "{\"id\":\"\(context.rng.hex(bytes: 8))\",\"name\":\"\(name)\",\"start_time\":\(Self.seconds7(start)),\"end_time\":\(Self.seconds7(end))\(extra)}"
    }

    /// Epoch seconds from units of 10^-7 s, with 7 decimals.
    static func seconds7(_ units: Int64) -> String { "\(units / 10_000_000).\(TimeText.pad(Int(units % 10_000_000), 7))" }
}
