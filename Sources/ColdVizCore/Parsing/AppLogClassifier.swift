/// Reads what structured application logs say about an invocation (docs/FORMATS.md §7): Powertools records
/// (any key casing: `cold_start`, `ColdStart`, `coldStart`), EMF blobs with the `ColdStart` metric or
/// `module_load_*` metrics, Lambda Insights performance events, and Datadog metric lines.
///
/// Generic over `JSONReadable` so the decoded tree (`JSONValue`) and the token index (`JSONTapeValue`) share this
/// one implementation; keys are looked up member by member, never collected.
enum AppLogClassifier {
    /// The record, or nil when the object `o` says nothing coldviz uses.
    static func classify<Value: JSONReadable>(_ o: Value) -> AppLogRecord? {
        if let aws = o["_aws"], aws.isObject { return emf(o, aws) }
        if let m = o["m"]?.stringValue, o["v"] != nil { return datadog(metric: m, o) }
        if o["e"] != nil, o["m"] != nil, let tags = o["t"], tags.isArray { return dogStatsD(tags) }
        guard o.member(normalisedKey: "level") != nil else { return nil }
        let coldStart = o.member(normalisedKey: "coldstart")
        let requestId = o.member(normalisedKey: "functionrequestid")
        let timings = o.member(normalisedKey: "timings")
        let messageTimings = timings == nil ? o.member(normalisedKey: "message")?["timings"] : nil
        guard coldStart != nil || requestId != nil || timings != nil || messageTimings != nil else { return nil }
        var r = AppLogRecord(source: .powertools)
        if let coldStart { r.coldStart = bool(coldStart) }
        r.requestId = requestId?.logIdValue
        r.traceId = JSONRecordClassifier.traceRoot(of: o.member(normalisedKey: "xraytraceid"))
        r.functionName = o.member(normalisedKey: "functionname")?.stringValue
        r.memorySizeMegabytes = o.member(normalisedKey: "functionmemorysize")?.doubleValue.flatMap(DecimalParsing.megabytes)
        if let timings = timings ?? messageTimings, timings.isObject {
            r.moduleTimingsMicroseconds.reserveCapacity(timings.count)
            timings.forEachMember { key, value in
                if let microseconds = value.doubleValue, microseconds >= 0 {
                    r.moduleTimingsMicroseconds.append(ModuleTime(name: key, microseconds: microseconds))
                }
            }
        }
        return r
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

    private static func bool<Value: JSONReadable>(_ v: Value) -> Bool? {
        if let b = v.boolValue { return b }
        if v.stringEquals("true") || v.stringEquals("True") || v.stringEquals("1") { return true }
        if v.stringEquals("false") || v.stringEquals("False") || v.stringEquals("0") { return false }
        return v.numberValue.map { $0 != 0 }
    }

    /// An EMF metric value: a number or an array of numbers (Powertools writes `[1.0]`).
    private static func metricValue<Value: JSONReadable>(_ v: Value?) -> Double? {
        if let d = v?.doubleValue { return d }
        return v?.firstElement?.doubleValue
    }

    private static func emf<Value: JSONReadable>(_ o: Value, _ aws: Value) -> AppLogRecord? {
        let directives = aws["CloudWatchMetrics"]
        let function = o["function_name"]?.stringValue ?? o["FunctionName"]?.stringValue ?? o["functionName"]?.stringValue
        if o["event_type"]?.stringEquals("performance") == true
            || directives?.containsElement(where: { $0["Namespace"]?.stringEquals("LambdaInsights") == true }) == true
        {
            var r = AppLogRecord(source: .lambdaInsights)
            if let coldStart = o["cold_start"] { r.coldStart = bool(coldStart) }
            r.requestId = o["request_id"]?.logIdValue
            r.traceId = JSONRecordClassifier.traceRoot(of: o["trace_id"])
            r.functionName = function
            r.memorySizeMegabytes = o["total_memory"]?.doubleValue.flatMap(DecimalParsing.megabytes)
            r.initDurationMilliseconds = o["init_duration"]?.doubleValue
            return r
        }
        var r = AppLogRecord(source: .emf)
        r.functionName = function
        var namesColdStart = false
        directives?.forEachElement { directive in
            let metrics = directive["Metrics"]
            metrics?.forEachElement { metric in
                guard let name = metric["Name"] else { return true }
                if name.stringEquals("ColdStart") { namesColdStart = true }
                if name.stringHasPrefix("module_load_"), let v = metricValue(o.member(named: name)) {
                    if r.moduleTimingsMicroseconds.isEmpty { r.moduleTimingsMicroseconds.reserveCapacity(metrics!.count) }
                    r.moduleTimingsMicroseconds.append(ModuleTime(name: moduleName(name), microseconds: v))
                }
                return true
            }
            return true
        }
        if namesColdStart, let v = metricValue(o["ColdStart"]) { r.coldStart = v >= 1 }
        r.requestId = o["function_request_id"]?.logIdValue ?? o["request_id"]?.logIdValue
        r.traceId =
            JSONRecordClassifier.traceRoot(of: o["xray_trace_id"]) ?? JSONRecordClassifier.traceRoot(of: o["traceId"])
        return r.coldStart == nil && r.moduleTimingsMicroseconds.isEmpty ? nil : r
    }

    /// The string `metric` (which starts with `module_load_`) without that prefix, cut from its bytes without
    /// making the whole name first when they are ASCII.
    private static func moduleName<Value: JSONReadable>(_ metric: Value) -> String {
        (metric.withStringBytes(asciiDroppingModuleLoadPrefix) ?? nil) ?? droppingModuleLoadPrefix(metric.stringValue ?? "")
    }

    /// `text` without its first 12 characters (`module_load_`).
    static func droppingModuleLoadPrefix(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { asciiDroppingModuleLoadPrefix(UnsafeRawBufferPointer($0)) }
            ?? String(text.dropFirst("module_load_".count))
    }

    /// The text of UTF-8 `bytes` without its first 12 characters when every byte is ASCII (bytes are then
    /// characters), else nil.
    private static func asciiDroppingModuleLoadPrefix(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard bytes.count >= 12, JSONTapeValue.isASCII(bytes) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[12...]), as: UTF8.self)
    }

    private static func datadog<Value: JSONReadable>(metric: String, _ o: Value) -> AppLogRecord? {
        guard metric == "ColdStart" || metric.hasSuffix(".cold_start") else { return nil }
        var r = AppLogRecord(source: .datadog)
        r.coldStart = (o["v"]?.doubleValue ?? 0) >= 1
        r.functionName = o["t"].flatMap { tag("function_name", $0) }
        return r
    }

    private static func dogStatsD<Value: JSONReadable>(_ tags: Value) -> AppLogRecord? {
        guard let cold = tag("cold_start", tags) else { return nil }
        var r = AppLogRecord(source: .datadog)
        r.coldStart = cold == "true"
        r.functionName = tag("functionname", tags) ?? tag("function_name", tags)
        return r
    }

    /// The text after `name:` of the first string element of the array `tags` that starts with it.
    private static func tag<Value: JSONReadable>(_ name: String, _ tags: Value) -> String? {
        let prefix = name + ":"
        var found: String?
        tags.forEachElement { t in
            guard t.stringHasPrefix(prefix), let s = t.stringValue else { return true }
            found = String(s.dropFirst(name.count + 1))
            return false
        }
        return found
    }
}
