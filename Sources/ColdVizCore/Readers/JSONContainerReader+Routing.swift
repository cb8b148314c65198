import Foundation

extension JSONContainerReader {
    /// Sends one parsed document (or array element) to the handler for its shape (docs/FORMATS.md §1.3).
    func route(_ value: JSONValue, line: Int, into ingest: inout FileIngest) {
        switch value {
        case .array(let items):
            if items.isEmpty { return }
            if items.allSatisfy({ $0["traces"] != nil && $0["memorySize"] != nil }) {
                for item in items { XRayReader(context: context).readCondensed(item.objectValue!, line: line, into: &ingest) }
                return
            }
            if items.allSatisfy(isInsightsField) {
                InsightsRowReader(context: context).readFlattened(items, line: line, into: &ingest)
                return
            }
            for item in items { route(item, line: line, into: &ingest) }
        case .object(let object):
            routeObject(object, line: line, into: &ingest)
        default:
            ingest.malformed(line: line, "a bare JSON \(kind(value)) is not a log export")
        }
    }

    /// Sends one object to the handler for its keys; `itemLines` has the lines of the items of one of its
    /// arrays when they were read item by item (else every event is at `line`).
    func routeObject(_ o: JSONObject, line: Int, itemLines: MemberItemLines? = nil, into ingest: inout FileIngest) {
        if let events = o["events"]?.arrayValue ?? o["payload"]?.arrayValue {
            var scratch = LogEventScratch()
            for item in events {
                logEvent(item, group: context.logGroup, stream: context.logStream, line: line, scratch: &scratch, into: &ingest)
            }
        } else if o["messageType"] != nil {
            subscriptionPayload(o, line: line, into: &ingest)
        } else if let data = o["awslogs"]?["data"]?.stringValue {
            decodedPayload(base64: data, line: line, what: "awslogs.data", into: &ingest)
        } else if let records = o["Records"]?.arrayValue {
            for (i, record) in records.enumerated() {
                if let data = record["kinesis"]?["data"]?.stringValue ?? record["Data"]?.stringValue {
                    decodedPayload(base64: data, line: line, what: "Kinesis record data", into: &ingest)
                } else if record["eventSource"] != nil && record["kinesis"] == nil && record["Data"] == nil {
                    let at = itemLines?.line(of: i, in: "Records", else: line) ?? line
                    ingest.consume(cloudTrail: CloudTrailEvent(record: record), line: at)
                } else {
                    ingest.malformed(line: line, "a Records[] item with neither kinesis.data nor eventSource (CloudTrail)")
                }
            }
        } else if o["StatusCode"] != nil && (o["ExecutedVersion"] != nil || o["LogResult"] != nil) {
            ingest.ignore(.invokeResponse)
            if let tail = o["LogResult"]?.stringValue, let text = Data(base64Encoded: tail) {
                [UInt8](text).withUnsafeBytes { b in
                    TextLogReader(bytes: b, context: context, lineOverride: line).read(into: &ingest)
                }
            }
        } else if o["type"] != nil && (o["record"] != nil || o["time"] != nil) {
            ingest.consume(
                jsonRecord: JSONValue.object(o),
                meta: EventMeta(logGroup: context.logGroup, logStream: context.logStream, line: line))
        } else if let results = o["results"] {
            InsightsRowReader(context: context).readResults(results, status: o["status"]?.stringValue, line: line, into: &ingest)
        } else if let traces = o["Traces"]?.arrayValue {
            XRayReader(context: context).readBatch(traces, line: line, into: &ingest)
        } else if let summaries = o["TraceSummaries"]?.arrayValue {
            for _ in summaries { ingest.ignore(.xrayDocument) }
            if summaries.isEmpty { ingest.ignore(.xrayDocument) }
        } else if let traceId = o["trace_id"]?.stringValue, o["id"] != nil {
            ingest.addPendingSegment(o, traceId: traceId, line: line)
        } else if o["traces"] != nil && o["memorySize"] != nil {
            XRayReader(context: context).readCondensed(o, line: line, into: &ingest)
        } else if o["format"]?.stringValue == "json" && o["version"] != nil && o.members.count == 2 {
            ingest.ignore(.xrayDocument)  // the X-Ray daemon's UDP header line
        } else if o["_aws"] != nil || o["level"] != nil || o["Level"] != nil || o["m"] != nil || o["cold_start"] != nil
            || o["ColdStart"] != nil
        {
            ingest.consume(
                jsonRecord: JSONValue.object(o),
                meta: EventMeta(logGroup: context.logGroup, logStream: context.logStream, line: line))
        } else if let events = o["Events"]?.arrayValue {
            lookupEvents(events, line: line, itemLines: itemLines, into: &ingest)
        } else if o["digestStartTime"] != nil && o["logFiles"] != nil {
            ingest.ignore(.cloudTrailDigest)
        } else if XRayReader(context: context).readNested(.object(o), line: line, into: &ingest) == 0 {
            let keys = o.members.prefix(5).map(\.key).joined(separator: ", ")
            ingest.malformed(line: line, "unrecognised JSON document (keys: \(keys)); not a Lambda log export coldviz knows")
        }
    }

    /// The `Events` of an `aws cloudtrail lookup-events` page (docs/FORMATS.md §12).
    private func lookupEvents(
        _ events: [JSONValue], line: Int, itemLines: MemberItemLines?, into ingest: inout FileIngest
    ) {
        for (i, item) in events.enumerated() {
            let at = itemLines?.line(of: i, in: "Events", else: line) ?? line
            if CloudTrailEvent.isLookupEvent(item) {
                ingest.consume(cloudTrail: CloudTrailEvent(lookupEvent: item), line: at)
            } else {
                ingest.malformed(line: at, "an Events[] item without EventId, EventName or CloudTrailEvent (CloudTrail)")
            }
        }
    }

    private func subscriptionPayload(_ o: JSONObject, line: Int, into ingest: inout FileIngest) {
        let events = o["logEvents"]?.arrayValue ?? []
        if o["messageType"]?.stringValue == "CONTROL_MESSAGE" {
            for _ in events { ingest.ignore(.controlMessage) }
            if events.isEmpty { ingest.ignore(.controlMessage) }
            return
        }
        let group = o["logGroup"]?.stringValue ?? context.logGroup
        let stream = o["logStream"]?.stringValue ?? context.logStream
        var scratch = LogEventScratch()
        for item in events { logEvent(item, group: group, stream: stream, line: line, scratch: &scratch, into: &ingest) }
    }

    /// base64 → (gzip | zlib)? → a JSON payload or text, read with every event at the envelope's line.
    private func decodedPayload(base64: String, line: Int, what: String, into ingest: inout FileIngest) {
        guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
            ingest.malformed(line: line, "\(what) is not valid base64")
            return
        }
        let raw = [UInt8](data)
        raw.withUnsafeBytes { b in
            Ingestor.readContent(b, context: context, lineOverride: line, into: &ingest)
        }
    }

    private func isInsightsField(_ v: JSONValue) -> Bool {
        guard let o = v.objectValue else { return false }
        return o["field"] != nil && o.members.count <= 2
    }

    private func kind(_ v: JSONValue) -> String {
        switch v {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
