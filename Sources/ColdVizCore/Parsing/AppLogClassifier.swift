/// Reads what structured application logs say about an invocation (FORMATS.md §7): Powertools records
/// (any key casing: `cold_start`, `ColdStart`, `coldStart`), EMF blobs with the `ColdStart` metric or
/// `module_load_*` metrics, Lambda Insights performance events, and Datadog metric lines.
enum AppLogClassifier {
    /// The record, or nil when the object says nothing coldviz uses.
    static func classify(_ o: JSONObject) -> AppLogRecord? {
        if let aws = o["_aws"]?.objectValue { return emf(o, aws) }
        let keys = normalisedKeys(o)
        if let m = o["m"]?.stringValue, o["v"] != nil { return datadog(metric: m, o) }
        if o["e"] != nil, o["m"] != nil, let tags = o["t"]?.arrayValue { return dogStatsD(tags) }
        guard keys["level"] != nil,
            keys["coldstart"] != nil || keys["functionrequestid"] != nil || keys["timings"] != nil
                || keys["message"]?["timings"] != nil
        else { return nil }
        var r = AppLogRecord(source: .powertools)
        r.coldStart = keys["coldstart"].flatMap(bool)
        r.requestId = keys["functionrequestid"]?.stringValue
        r.traceId = keys["xraytraceid"]?.stringValue.map(JSONRecordClassifier.traceRoot)
        r.functionName = keys["functionname"]?.stringValue
        r.memorySizeMegabytes = keys["functionmemorysize"]?.doubleValue.map { Int($0) }
        if let timings = (keys["timings"] ?? keys["message"]?["timings"])?.objectValue {
            r.moduleTimingsMicroseconds = timings.members.compactMap { m in
                m.value.doubleValue.flatMap { $0 >= 0 ? ModuleTime(name: m.key, microseconds: $0) : nil }
            }
        }
        return r
    }

    /// Keys lower-cased with `_` removed (Powertools writes snake, Pascal and camel case).
    private static func normalisedKeys(_ o: JSONObject) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        for (k, v) in o.members {
            let key = normalisedKey(k)
            if out[key] == nil { out[key] = v }
        }
        return out
    }

    /// `k` lower-cased with `_` removed; ASCII keys without Foundation (the common case), others as
    /// `lowercased()` and `replacingOccurrences` do. O(k).
    static func normalisedKey(_ k: String) -> String {
        var utf8 = Array(k.utf8)
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return k.lowercased().replacingOccurrences(of: "_", with: "") }
        utf8.removeAll { $0 == UInt8(ascii: "_") }
        for i in utf8.indices where utf8[i] >= UInt8(ascii: "A") && utf8[i] <= UInt8(ascii: "Z") { utf8[i] += 32 }
        return String(decoding: utf8, as: UTF8.self)
    }

    private static func bool(_ v: JSONValue) -> Bool? {
        switch v {
        case .bool(let b): b
        case .string(let s):
            s == "true" || s == "True" || s == "1" ? true : (s == "false" || s == "False" || s == "0" ? false : nil)
        case .number(let d): d != 0
        default: nil
        }
    }

    /// An EMF metric value: a number or an array of numbers (Powertools writes `[1.0]`).
    private static func metricValue(_ v: JSONValue?) -> Double? {
        if let d = v?.doubleValue { return d }
        return v?.arrayValue?.first?.doubleValue
    }

    private static func emf(_ o: JSONObject, _ aws: JSONObject) -> AppLogRecord? {
        let directives = aws["CloudWatchMetrics"]?.arrayValue ?? []
        let names = directives.flatMap { ($0["Metrics"]?.arrayValue ?? []).compactMap { $0["Name"]?.stringValue } }
        let function = o["function_name"]?.stringValue ?? o["FunctionName"]?.stringValue ?? o["functionName"]?.stringValue
        if o["event_type"]?.stringValue == "performance"
            || directives.contains(where: { $0["Namespace"]?.stringValue == "LambdaInsights" })
        {
            var r = AppLogRecord(source: .lambdaInsights)
            r.coldStart = o["cold_start"].flatMap(bool)
            r.requestId = o["request_id"]?.stringValue
            r.traceId = o["trace_id"]?.stringValue.map(JSONRecordClassifier.traceRoot)
            r.functionName = function
            r.memorySizeMegabytes = o["total_memory"]?.doubleValue.map { Int($0) }
            r.initDurationMilliseconds = o["init_duration"]?.doubleValue
            return r
        }
        var r = AppLogRecord(source: .emf)
        r.functionName = function
        if names.contains("ColdStart"), let v = metricValue(o["ColdStart"]) { r.coldStart = v >= 1 }
        r.moduleTimingsMicroseconds = names.filter { $0.hasPrefix("module_load_") }.compactMap { name in
            metricValue(o[name]).map { ModuleTime(name: String(name.dropFirst("module_load_".count)), microseconds: $0) }
        }
        r.requestId = o["function_request_id"]?.stringValue ?? o["request_id"]?.stringValue
        r.traceId = (o["xray_trace_id"]?.stringValue ?? o["traceId"]?.stringValue).map(JSONRecordClassifier.traceRoot)
        return r.coldStart == nil && r.moduleTimingsMicroseconds.isEmpty ? nil : r
    }

    private static func datadog(metric: String, _ o: JSONObject) -> AppLogRecord? {
        guard metric == "ColdStart" || metric.hasSuffix(".cold_start") else { return nil }
        var r = AppLogRecord(source: .datadog)
        r.coldStart = (o["v"]?.doubleValue ?? 0) >= 1
        r.functionName = tag("function_name", o["t"]?.arrayValue ?? [])
        return r
    }

    private static func dogStatsD(_ tags: [JSONValue]) -> AppLogRecord? {
        guard let cold = tag("cold_start", tags) else { return nil }
        var r = AppLogRecord(source: .datadog)
        r.coldStart = cold == "true"
        r.functionName = tag("functionname", tags) ?? tag("function_name", tags)
        return r
    }

    private static func tag(_ name: String, _ tags: [JSONValue]) -> String? {
        for t in tags {
            guard let s = t.stringValue, s.hasPrefix(name + ":") else { continue }
            return String(s.dropFirst(name.count + 1))
        }
        return nil
    }
}
