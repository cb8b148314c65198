/// Reads X-Ray exports (docs/FORMATS.md §8): `batch-get-traces` output (segment documents double-encoded),
/// raw segment documents (one per line or in an array), the condensed `[{memorySize, traces}]` form,
/// `get-trace-summaries` (ids only, counted and ignored), and segment documents nested in a JSON document
/// of no known shape. Each segment is one event: those of Lambda origin are records, the others (callers,
/// downstream services) are ignored.
struct XRayReader {
    let context: FileContext

    /// `{"Traces": [{"Id", "Segments": [{"Id", "Document": "<json>"}]}]}`.
    func readBatch(_ traces: [JSONValue], line: Int, into ingest: inout FileIngest) {
        for trace in traces {
            var segments: [JSONObject] = []
            for segment in trace["Segments"]?.arrayValue ?? [] {
                guard let text = segment["Document"]?.stringValue else {
                    ingest.malformed(line: line, "X-Ray segment without a Document string")
                    continue
                }
                guard let object = Self.document(text) else {
                    ingest.malformed(line: line, "X-Ray segment Document is not a JSON object")
                    continue
                }
                segments.append(object)
            }
            assemble(segments, traceId: trace["Id"]?.stringValue, memory: nil, line: line, into: &ingest)
        }
    }

    /// The JSON object a segment's `Document` string holds, if it holds one.
    private static func document(_ text: String) -> JSONObject? {
        JSONValue.parsing(text)?.objectValue
    }

    /// Reads the X-Ray segment documents nested anywhere in `value`, a wrapper of no known shape:
    /// `{"Document": "<json>", "Id"}` objects and raw segments (`trace_id` and `id`), under any key or in
    /// any array. Each is read as a raw segment (§8.4), a Document without `trace_id` as a trace of its own.
    /// Returns how many it found. O(size of `value`).
    func readNested(_ value: JSONValue, line: Int, into ingest: inout FileIngest) -> Int {
        switch value {
        case .array(let items):
            var found = 0
            for item in items { found += readNested(item, line: line, into: &ingest) }
            return found
        case .object(let o):
            if let text = o["Document"]?.stringValue, o["Id"] != nil {
                if let segment = Self.document(text) {
                    if let traceId = segment["trace_id"]?.stringValue {
                        ingest.addPendingSegment(segment, traceId: traceId, line: line)
                    } else {
                        assemble([segment], traceId: nil, memory: nil, line: line, into: &ingest)
                    }
                } else {
                    ingest.malformed(line: line, "X-Ray segment Document is not a JSON object")
                }
                return 1
            }
            if let traceId = o["trace_id"]?.stringValue, o["id"] != nil {
                ingest.addPendingSegment(o, traceId: traceId, line: line)
                return 1
            }
            var found = 0
            for member in o.members { found += readNested(member.value, line: line, into: &ingest) }
            return found
        default:
            return 0
        }
    }

    /// The condensed export: `{memorySize, traces: [{Id, Segments: [{origin, start_time, end_time, subsegments}]}]}`.
    func readCondensed(_ wrapper: JSONObject, line: Int, into ingest: inout FileIngest) {
        let memory = wrapper["memorySize"]?.doubleValue.flatMap(DecimalParsing.megabytes)
        for trace in wrapper["traces"]?.arrayValue ?? [] {
            let segments = (trace["Segments"]?.arrayValue ?? []).compactMap(\.objectValue)
            assemble(segments, traceId: trace["Id"]?.stringValue, memory: memory, line: line, into: &ingest)
        }
    }

    /// Builds one record per `AWS::Lambda` segment of a trace and counts every segment.
    func assemble(_ segments: [JSONObject], traceId: String?, memory: Int?, line: Int, into ingest: inout FileIngest) {
        let services = segments.filter { $0["origin"]?.stringValue == "AWS::Lambda" }
        let functions = segments.filter { $0["origin"]?.stringValue == "AWS::Lambda::Function" }
        for s in segments {
            let origin = s["origin"]?.stringValue
            if origin == "AWS::Lambda" || origin == "AWS::Lambda::Function" {
                ingest.countTraceSegment()
            } else {
                ingest.ignore(.xrayDocument)
            }
        }
        let anchors: [JSONObject?] = services.isEmpty ? (functions.isEmpty ? [] : [nil]) : services
        for (n, service) in anchors.enumerated() {
            let function =
                functions.first { f in service.map { f["parent_id"]?.stringValue == $0["id"]?.stringValue } ?? false }
                ?? (functions.count == 1 ? functions[0] : nil)
            var r = TraceRecord(location: SourceLocation(fileIndex: ingest.fileIndex, line: line))
            r.traceId = (traceId ?? service?["trace_id"]?.stringValue ?? function?["trace_id"]?.stringValue).map { LogId($0) }
            r.requestId = service?["aws"]?["request_id"]?.logIdValue
            r.functionName =
                service?["name"]?.stringValue ?? function?["name"]?.stringValue
                ?? (function?["aws"]?["function_arn"]?.stringValue).flatMap(Self.functionName(arn:))
            r.memorySizeMegabytes = memory
            r.segmentEvents = n == 0 ? services.count + functions.count : 0
            r.startSeconds = service?["start_time"]?.doubleValue
            r.endSeconds = service?["end_time"]?.doubleValue
            r.segmentId = (service ?? function)?["id"]?.stringValue
            // Phases live on the function segment; some exports put Initialization elsewhere in the trace.
            let phaseSources = (function.map { [$0] } ?? []) + (anchors.count == 1 ? segments : [])
            for (name, path) in [
                ("Initialization", \TraceRecord.initializationMilliseconds),
                ("Invocation", \TraceRecord.invocationMilliseconds),
                ("Overhead", \TraceRecord.overheadMilliseconds), ("Restore", \TraceRecord.restoreMilliseconds),
            ] {
                for source in phaseSources where r[keyPath: path] == nil {
                    if let sub = source["subsegments"]?.arrayValue?.first(where: { $0["name"]?.stringValue == name }),
                        let start = sub["start_time"]?.doubleValue, let end = sub["end_time"]?.doubleValue
                    {
                        r[keyPath: path] = (end - start) * 1000
                    }
                }
            }
            ingest.checkUTF8(of: r)
            ingest.traces.append(r)
        }
    }

    /// `arn:aws:lambda:region:account:function:NAME[:qualifier]` → NAME.
    static func functionName(arn: String) -> String? {
        let parts = arn.split(separator: ":")
        guard let i = parts.firstIndex(of: "function"), i + 1 < parts.count else { return nil }
        return String(parts[i + 1])
    }
}

extension FileIngest {
    /// Keeps a raw segment document until the file is read (its trace's other segments may follow).
    mutating func addPendingSegment(_ segment: JSONObject, traceId: String, line: Int) {
        if pendingSegments[traceId] == nil { pendingSegmentOrder.append((traceId, line)) }
        pendingSegments[traceId, default: []].append(segment)
    }

    /// Assembles the raw segment documents read from this file into traces, in first-seen order.
    mutating func assemblePendingSegments(context: FileContext) {
        let order = pendingSegmentOrder
        let segments = pendingSegments
        pendingSegmentOrder = []
        pendingSegments = [:]
        for (traceId, line) in order {
            XRayReader(context: context).assemble(segments[traceId] ?? [], traceId: traceId, memory: nil, line: line, into: &self)
        }
    }
}
