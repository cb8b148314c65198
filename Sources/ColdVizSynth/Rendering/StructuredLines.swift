/// The structured lines the study's function logs at a cold start: the Powertools `module_timings`
/// record (docs/FORMATS.md §7.1, §9.2), the EMF `ColdStart` and `module_load_*` blobs (§7.3) and, when
/// asked, the `-X importtime` block (§9.1).
enum StructuredLines {
    /// The Powertools Logger record carrying `timings` (µs) at the top level.
    /// What a cold start logs from the application at `milliseconds`: the Powertools `module_timings`
    /// line, the EMF `ColdStart` blob and the EMF `module_load_*` blob (counted as ignored lines).
    static func coldStartEvents(_ env: SynthEnvironment, _ inv: SynthInvocation, at milliseconds: Int64) -> [LogEvent] {
        [powertools(env, inv), coldStartMetric(env, inv), moduleLoadMetrics(env, inv)].map {
            LogEvent(timestampMilliseconds: milliseconds, message: $0, kind: .ignored)
        }
    }

    static func powertools(_ env: SynthEnvironment, _ inv: SynthInvocation) -> String {
        let f = env.function
        var timings = ""
        for (i, t) in env.moduleTimingsMicroseconds.enumerated() {
            timings += (i == 0 ? "\"" : ",\"") + t.module + "\":" + String(t.microseconds)
        }
        return "{\"level\":\"INFO\",\"location\":\"handler:42\",\"message\":\"module_timings\",\"timings\":{\(timings)},"
            + "\"timestamp\":\"\(TimeText.powertools(inv.startMilliseconds + 1))\",\"service\":\"perf\",\"cold_start\":true,"
            + "\"function_name\":\"\(f.name)\",\"function_memory_size\":\"\(f.memoryMegabytes)\","
            + "\"function_arn\":\"\(arn(f))\",\"function_request_id\":\"\(inv.requestId)\","
            + "\"xray_trace_id\":\"\(inv.traceId)\"}\n"
    }

    /// The EMF blob Powertools Metrics writes once per cold start.
    static func coldStartMetric(_ env: SynthEnvironment, _ inv: SynthInvocation) -> String {
        "{\"_aws\":{\"Timestamp\":\(inv.startMilliseconds + 1),\"CloudWatchMetrics\":[{\"Namespace\":\"Perf\","
            + "\"Dimensions\":[[\"function_name\",\"service\"]],\"Metrics\":[{\"Name\":\"ColdStart\",\"Unit\":\"Count\"}]}]},"
            + "\"function_name\":\"\(env.function.name)\",\"service\":\"perf\",\"ColdStart\":[1.0]}\n"
    }

    /// The EMF blob with one `module_load_<module>` metric (µs) per timed import (dots become `_`).
    static func moduleLoadMetrics(_ env: SynthEnvironment, _ inv: SynthInvocation) -> String {
        var values = ""
        for (i, timing) in env.moduleTimingsMicroseconds.enumerated() {
            values += (i == 0 ? "\"" : ",\"") + metricName(timing.module) + "\":[" + String(timing.microseconds) + ".0]"
        }
        let definitions = env.moduleTimingsMicroseconds.map {
            "{\"Name\":\"\(metricName($0.module))\",\"Unit\":\"Microseconds\"}"
        }
        return "{\"_aws\":{\"Timestamp\":\(inv.startMilliseconds + 1),\"CloudWatchMetrics\":[{\"Namespace\":\"Perf\","
            + "\"Dimensions\":[[\"service\"]],\"Metrics\":[\(definitions.joined(separator: ","))]}]},\"service\":\"perf\",\(values)}\n"
    }

    private static func metricName(_ module: String) -> String {
        "module_load_" + String(decoding: module.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }

    /// `-X importtime` lines (header first, children before parents), one event per line.
    static func importTime(_ env: SynthEnvironment) -> [String] {
        var lines = ["import time: self [us] | cumulative | imported package\n"]
        func line(_ selfMicroseconds: Int, _ cumulative: Int, _ depth: Int, _ name: String) -> String {
            let s = String(selfMicroseconds), c = String(cumulative)
            return "import time: " + String(repeating: " ", count: max(0, 9 - s.count)) + s + " | "
                + String(repeating: " ", count: max(0, 10 - c.count)) + c + " | "
                + String(repeating: " ", count: depth * 2) + name + "\n"
        }
        for (module, microseconds) in env.moduleTimingsMicroseconds
        where !module.hasSuffix("_setup") && !module.hasSuffix("_client") {
            if module.contains(".") { continue }
            let child = microseconds / 10
            lines.append(line(child, child, 1, module + "._core"))
            lines.append(line(microseconds - child, microseconds, 0, module))
        }
        return lines
    }

    static func arn(_ f: SynthFunction) -> String {
        "arn:aws:lambda:\(SynthRuntime.region):\(SynthRuntime.account):function:\(f.name)"
    }
}
