/// Classifies one JSON log object: a Lambda JSON-format / Telemetry API platform event
/// (`{"time","type":"platform.*","record"}`, docs/FORMATS.md §5), or a structured application log.
///
/// Generic over `JSONReadable` so the decoded tree (`JSONValue`) and the token index (`JSONTapeValue`) share this
/// one implementation.
enum JSONRecordClassifier {
    /// The class of `value`, its own `time` as epoch ms when present, and a note when the record was
    /// read despite an inconsistency (a `platform.initStart` carrying `platform.start` fields).
    static func classify<Value: JSONReadable>(_ value: Value) -> (
        MessageClass, timestampMilliseconds: Int64?, note: String?
    ) {
        guard value.isObject else { return (.ignored(.structuredApplicationLog), nil, nil) }
        let object = value
        guard let typeValue = object["type"], typeValue.stringHasPrefix("platform."), let type = typeValue.stringValue
        else {
            if let type = object["type"], type.stringEquals("function") || type.stringEquals("extension") {
                if let inner = object["record"], inner.isObject, let app = AppLogClassifier.classify(inner) {
                    return (.record(.appLog(app)), time(object), nil)
                }
                return (.ignored(.applicationOutput), time(object), nil)
            }
            if let app = AppLogClassifier.classify(object) { return (.record(.appLog(app)), nil, nil) }
            return (.ignored(.structuredApplicationLog), nil, nil)
        }
        let record = object["record"]
        let ts = time(object)
        switch type {
        case "platform.report":
            guard let requestId = record?["requestId"]?.logIdValue else {
                return (.malformed("platform.report without record.requestId"), ts, nil)
            }
            return (.record(.report(report(requestId: requestId, record))), ts, nil)
        case "platform.start":
            guard let requestId = record?["requestId"]?.logIdValue else {
                return (.malformed("platform.start without record.requestId"), ts, nil)
            }
            return (.record(.start(requestId: requestId)), ts, nil)
        case "platform.end":
            guard let requestId = record?["requestId"]?.logIdValue else {
                return (.malformed("platform.end without record.requestId"), ts, nil)
            }
            return (.record(.end(requestId: requestId)), ts, nil)
        case "platform.initStart", "platform.restoreStart":
            if type == "platform.initStart", let requestId = record?["requestId"]?.logIdValue,
                record?["runtimeVersion"] == nil
            {
                return (
                    .record(.start(requestId: requestId)), ts,
                    "record typed platform.initStart carries platform.start fields (requestId); read as platform.start"
                )
            }
            let fields = initStart(record)
            return (.record(type == "platform.initStart" ? .initStart(fields) : .restoreStart(fields)), ts, nil)
        case "platform.initReport":
            var fields = InitReportFields()
            fields.durationMilliseconds = record?["metrics"]?["durationMs"]?.doubleValue
            fields.phase = record?["phase"]?.stringValue
            fields.status = record?["status"]?.stringValue
            fields.errorType = record?["errorType"]?.stringValue
            fields.initializationType = record?["initializationType"]?.stringValue
            return (.record(.initReport(fields)), ts, nil)
        case "platform.restoreReport":
            return (.record(.restoreReport(durationMilliseconds: record?["metrics"]?["durationMs"]?.doubleValue)), ts, nil)
        case "platform.fault":
            return (.record(.failureMarker(requestId: nil)), ts, nil)
        default:
            return (.ignored(.otherPlatformEvent), ts, nil)
        }
    }

    private static func time<Value: JSONReadable>(_ object: Value) -> Int64? {
        object["time"]?.withStringBytes { Timestamp.parseMilliseconds($0) } ?? nil
    }

    private static func initStart<Value: JSONReadable>(_ record: Value?) -> InitStartFields {
        var fields = InitStartFields()
        fields.runtimeVersion = record?["runtimeVersion"]?.stringValue
        fields.runtimeVersionArn = record?["runtimeVersionArn"]?.stringValue
        fields.functionName = record?["functionName"]?.stringValue
        fields.functionVersion = record?["functionVersion"]?.stringValue
        fields.initializationType = record?["initializationType"]?.stringValue
        fields.phase = record?["phase"]?.stringValue
        return fields
    }

    private static func report<Value: JSONReadable>(requestId: LogId, _ record: Value?) -> ReportFields {
        var r = ReportFields(requestId: requestId)
        let metrics = record?["metrics"]
        r.durationMilliseconds = metrics?["durationMs"]?.doubleValue
        r.billedDurationMilliseconds = metrics?["billedDurationMs"]?.doubleValue
        r.memorySizeMegabytes = metrics?["memorySizeMB"]?.doubleValue.flatMap(DecimalParsing.megabytes)
        r.maxMemoryUsedMegabytes = metrics?["maxMemoryUsedMB"]?.doubleValue.flatMap(DecimalParsing.megabytes)
        r.initDurationMilliseconds = metrics?["initDurationMs"]?.doubleValue
        r.restoreDurationMilliseconds = metrics?["restoreDurationMs"]?.doubleValue
        r.billedRestoreDurationMilliseconds = metrics?["billedRestoreDurationMs"]?.doubleValue
        if let status = record?["status"]?.stringValue, status != "success" { r.status = status }
        r.errorType = record?["errorType"]?.stringValue
        if let root = traceRoot(of: record?["tracing"]?["value"]) { r.traceId = root }
        return r
    }

    /// The `Root=` part of an `X-Amzn-Trace-Id` header value, or the value itself when it has none.
    static func traceRoot(_ header: String) -> LogId {
        var copy = header
        if let root = copy.withUTF8({ asciiTraceRoot(UnsafeRawBufferPointer($0)) }) { return root }
        for part in header.split(separator: ";") where part.hasPrefix("Root=") {
            return LogId(String(part.dropFirst(5)))
        }
        return LogId(header)
    }

    /// `traceRoot` of a string value; nil for a missing or non-string value. O(length).
    static func traceRoot<Value: JSONReadable>(of value: Value?) -> LogId? {
        value?.withStringBytes { bytes in
            asciiTraceRoot(bytes) ?? traceRoot(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// `traceRoot` of ASCII `header` bytes, worked on the bytes (for ASCII, `split` on `;` and `hasPrefix` see
    /// exactly these bytes); nil when a byte is not ASCII. O(length).
    private static func asciiTraceRoot(_ header: UnsafeRawBufferPointer) -> LogId? {
        guard JSONTapeValue.isASCII(header) else { return nil }
        var start = 0
        while start < header.count {
            var end = start
            while end < header.count, header[end] != UInt8(ascii: ";") { end += 1 }
            let part = UnsafeRawBufferPointer(rebasing: header[start..<end])
            if part.count >= 5, part[0] == UInt8(ascii: "R"), part[1] == UInt8(ascii: "o"), part[2] == UInt8(ascii: "o"),
                part[3] == UInt8(ascii: "t"), part[4] == UInt8(ascii: "=")
            {
                return LogId(bytes: UnsafeRawBufferPointer(rebasing: part[5...]))
            }
            start = end + 1
        }
        return LogId(bytes: header)
    }
}
