/// What one CloudTrail event says about a Lambda deployment, from either shape (docs/FORMATS.md §12): a
/// record of a log file delivered to S3, or an item of `aws cloudtrail lookup-events` output. Empty
/// strings count as missing.
struct CloudTrailEvent {
    /// The Lambda actions that deploy; an event name is one of them, bare or with its API version after it.
    static let deploymentActions = ["UpdateFunctionCode", "UpdateFunctionConfiguration", "PublishVersion", "CreateFunction"]

    /// `eventID` (`EventId`).
    var id: String?
    /// `eventName` (`EventName`), API version included: `UpdateFunctionCode20150331v2`.
    var name: String?
    /// `eventSource` (`EventSource`): `lambda.amazonaws.com` for Lambda.
    var source: String?
    /// `eventTime` (`EventTime`), epoch ms.
    var milliseconds: Int64?
    /// `errorCode`: the call failed, and changed nothing.
    var errorCode: String?
    /// `requestParameters.functionName`: a name, an ARN or a partial ARN.
    var requestedFunction: String?
    /// The name or ARN of the first resource of type `AWS::Lambda::Function`.
    var resourceFunction: String?
    /// `responseElements.functionName`, else `responseElements.functionArn`.
    var respondedFunction: String?

    /// The function the event acted on, as a name or an ARN: the request's, else the resource's, else the
    /// response's.
    var function: String? { requestedFunction ?? resourceFunction ?? respondedFunction }

    /// The deploying action the event calls (`UpdateFunctionCode` for `UpdateFunctionCode20150331v2`), or nil
    /// when it is not Lambda's or calls another action (`CreateFunctionUrlConfig20211031` is not `CreateFunction`).
    var deploymentAction: String? {
        guard source == "lambda.amazonaws.com", let name else { return nil }
        for action in Self.deploymentActions where name.hasPrefix(action) {
            let suffix = name.utf8.dropFirst(action.utf8.count)
            if suffix.first.map({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) ?? true { return action }
        }
        return nil
    }

    /// A record of a CloudTrail log file: `{"eventID", "eventTime", "eventSource", "eventName", "errorCode",
    /// "requestParameters", "responseElements", "resources": [{"type", "ARN"}]}`.
    init(record: JSONValue) {
        id = Self.text(record["eventID"])
        name = Self.text(record["eventName"])
        source = Self.text(record["eventSource"])
        milliseconds = record["eventTime"].flatMap(Self.milliseconds)
        errorCode = Self.text(record["errorCode"])
        requestedFunction = Self.text(record["requestParameters", "functionName"])
        resourceFunction = Self.lambdaResource(record["resources"], type: "type", name: "ARN")
        respondedFunction =
            Self.text(record["responseElements", "functionName"]) ?? Self.text(record["responseElements", "functionArn"])
    }

    /// An item of `lookup-events` output: `{"EventId", "EventName", "EventTime", "EventSource", "Resources":
    /// [{"ResourceType", "ResourceName"}], "CloudTrailEvent": "<the record as JSON text>"}`. The item's own
    /// fields come first; the record it holds gives the rest (and the request and response). `EventTime` is
    /// text or epoch seconds.
    init(lookupEvent item: JSONValue) {
        self.init(record: item["CloudTrailEvent"]?.stringValue.flatMap(JSONValue.parsing) ?? .null)
        id = Self.text(item["EventId"]) ?? id
        name = Self.text(item["EventName"]) ?? name
        source = Self.text(item["EventSource"]) ?? source
        milliseconds = item["EventTime"].flatMap(Self.milliseconds) ?? milliseconds
        resourceFunction = Self.lambdaResource(item["Resources"], type: "ResourceType", name: "ResourceName") ?? resourceFunction
    }

    /// Whether `item` of a `lookup-events` `Events` array is a CloudTrail event (has `EventId`, `EventName`
    /// or `CloudTrailEvent`).
    static func isLookupEvent(_ item: JSONValue) -> Bool {
        item["EventId"] != nil || item["EventName"] != nil || item["CloudTrailEvent"] != nil
    }

    /// A time as CloudTrail writes it: ISO 8601 text (any zone, with or without a fraction), or a number of
    /// epoch seconds (older CLI versions), rounded to the millisecond.
    static func milliseconds(_ value: JSONValue) -> Int64? {
        switch value {
        case .number(let seconds):
            return Timestamp.milliseconds((seconds * 1000).rounded())
        case .string(let text):
            return Timestamp.parseMilliseconds(text)
        default:
            return nil
        }
    }

    /// The first non-empty `name` of the items of `resources` whose `type` is `AWS::Lambda::Function`.
    private static func lambdaResource(_ resources: JSONValue?, type: String, name: String) -> String? {
        for resource in resources?.arrayValue ?? [] where resource[type]?.stringValue == "AWS::Lambda::Function" {
            if let text = text(resource[name]) { return text }
        }
        return nil
    }

    /// A non-empty string, else nil.
    private static func text(_ value: JSONValue?) -> String? {
        guard let text = value?.stringValue, !text.isEmpty else { return nil }
        return text
    }
}
