import Foundation
import Testing

@_spi(Testing) @testable import ColdVizCore

/// CloudTrail events one at a time, in memory: which are deployments, of which function, when, and what
/// the others count as (docs/FORMATS.md §12). Every document is written here by hand.
@Suite("CloudTrail events")
struct CloudTrailEventTests {
    /// 2024-03-04T10:00:00Z in epoch ms (1,709,546,400 s).
    static let ten: Int64 = 1_709_546_400_000

    /// A delivered log file holding `records` (JSON objects as text).
    static func logFile(_ records: String...) -> String { #"{"Records": ["# + records.joined(separator: ",\n") + "]}" }

    /// One record of a delivered log file; `members` follow the common ones.
    static func record(
        id: String = "e-1", name: String = "UpdateFunctionCode20150331v2", source: String = "lambda.amazonaws.com",
        time: String = #""2024-03-04T10:00:00Z""#, _ members: String = #""requestParameters": {"functionName": "fn-a"}"#
    ) -> String {
        #"{"eventVersion": "1.08", "eventID": "\#(id)", "eventName": "\#(name)", "eventSource": "\#(source)", "eventTime": \#(time)"#
            + (members.isEmpty ? "" : ", " + members) + "}"
    }

    /// A lookup-events page holding `items`.
    static func page(_ items: String...) -> String {
        #"{"Events": ["# + items.joined(separator: ",\n") + #"], "NextToken": "t"}"#
    }

    /// One lookup-events item; `cloudTrailEvent` is the JSON text of the record it holds (escaped here).
    static func item(
        id: String = "e-1", name: String = "UpdateFunctionCode20150331v2", source: String = "lambda.amazonaws.com",
        time: String = #""2024-03-04T10:00:00+00:00""#, resources: String = "[]", cloudTrailEvent: String
    ) -> String {
        let escaped = cloudTrailEvent.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return #"{"EventId": "\#(id)", "EventName": "\#(name)", "EventTime": \#(time), "EventSource": "\#(source)", "#
            + #""Username": "ci", "Resources": \#(resources), "CloudTrailEvent": "\#(escaped)"}"#
    }

    static func read(_ text: String) -> FileIngest { Ingestor.readBytesForTest(Array(text.utf8)) }

    static func deployment(_ name: String, _ milliseconds: Int64, _ detail: String) -> Deployment {
        Deployment(target: .function(name), milliseconds: milliseconds, origin: .cloudTrail, detail: detail)
    }

    @Test(
        "a delivered record names its function by name, ARN, partial ARN, Lambda resource or response",
        arguments: [
            #""requestParameters": {"functionName": "fn-a"}"#,
            #""requestParameters": {"functionName": "arn:aws:lambda:eu-west-1:123456789012:function:fn-a"}"#,
            #""requestParameters": {"functionName": "123456789012:function:fn-a"}"#,
            #""requestParameters": null, "resources": [{"type": "AWS::IAM::Role", "ARN": "arn:aws:iam::123456789012:role/r"}, {"type": "AWS::Lambda::Function", "ARN": "arn:aws:lambda:eu-west-1:123456789012:function:fn-a"}]"#,
            #""requestParameters": {"memorySize": 512}, "responseElements": {"functionName": "fn-a", "functionArn": "arn:aws:lambda:eu-west-1:123456789012:function:other"}"#,
            #""responseElements": {"functionArn": "arn:aws:lambda:eu-west-1:123456789012:function:fn-a:7"}"#,
            // The request wins over the response.
            #""requestParameters": {"functionName": "fn-a"}, "responseElements": {"functionName": "fn-b"}"#,
        ])
    func recordFunction(_ members: String) {
        let ingest = Self.read(Self.logFile(Self.record(members)))
        #expect(ingest.deployments.map(\.deployment) == [Self.deployment("fn-a", Self.ten, "UpdateFunctionCode")])
        #expect(ingest.deployments.map(\.eventId) == ["e-1"])
        #expect(ingest.accounting.events == 1 && ingest.accounting.deployments == 1 && ingest.accounting.records == 1)
        #expect(ingest.problems.isEmpty)
    }

    @Test(
        "EventTime as ISO 8601 text (zone, Z, fraction) or epoch seconds",
        arguments: [
            (#""2024-03-04T10:00:00+00:00""#, ten),
            (#""2024-03-04T10:00:00Z""#, ten),
            (#""2024-03-04T10:00:00.250Z""#, ten + 250),
            (#""2024-03-04T11:00:00+01:00""#, ten),
            ("1709546400.0", ten),
            ("1709546400", ten),
            ("1709546400.25", ten + 250),
            (#""1709546400""#, ten),
        ])
    func eventTime(_ time: String, _ milliseconds: Int64) {
        let ingest = Self.read(Self.page(Self.item(time: time, cloudTrailEvent: Self.record())))
        #expect(ingest.deployments.map(\.deployment.milliseconds) == [milliseconds])
    }

    @Test("a lookup-events item: the request inside CloudTrailEvent first, then Resources, then the response")
    func lookupFunction() {
        let arn = "arn:aws:lambda:eu-west-1:123456789012:function:"
        let text = Self.page(
            Self.item(
                id: "a", resources: #"[{"ResourceType": "AWS::Lambda::Function", "ResourceName": "from-resource"}]"#,
                cloudTrailEvent: Self.record(#""requestParameters": {"functionName": "\#(arn)from-request"}"#)),
            Self.item(
                id: "b", resources: #"[{"ResourceType": "AWS::Lambda::Function", "ResourceName": "\#(arn)from-resource"}]"#,
                cloudTrailEvent: Self.record(#""requestParameters": {}, "responseElements": {"functionName": "x"}"#)),
            Self.item(
                id: "c", cloudTrailEvent: Self.record(#""responseElements": {"functionArn": "\#(arn)from-response"}"#)))
        let ingest = Self.read(text)
        #expect(
            ingest.deployments.map(\.deployment.target) == [
                .function("from-request"), .function("from-resource"), .function("from-response"),
            ])
        #expect(ingest.deployments.map(\.eventId) == ["a", "b", "c"])
    }

    @Test("a lookup-events item lacking its own fields takes them from the record it holds")
    func lookupFieldsFromRecord() {
        let item =
            #"{"CloudTrailEvent": "\#(Self.record(id: "inner", name: "PublishVersion20150331").replacingOccurrences(of: "\"", with: "\\\""))"}"#
        let ingest = Self.read(Self.page(item))
        #expect(ingest.deployments.map(\.deployment) == [Self.deployment("fn-a", Self.ten, "PublishVersion")])
        #expect(ingest.deployments.map(\.eventId) == ["inner"])
    }

    @Test(
        "the deploying Lambda actions, bare or with their API version, and nothing else",
        arguments: [
            ("UpdateFunctionCode20150331v2", "UpdateFunctionCode"),
            ("UpdateFunctionConfiguration20150331v2", "UpdateFunctionConfiguration"),
            ("PublishVersion20150331", "PublishVersion"),
            ("CreateFunction20150331", "CreateFunction"),
            ("CreateFunction", "CreateFunction"),
            ("UpdateFunctionCode", "UpdateFunctionCode"),
            ("CreateFunctionUrlConfig20211031", nil),
            ("UpdateFunctionCodeSigningConfig", nil),
            ("UpdateFunctionEventInvokeConfig20190925", nil),
            ("DeleteFunction20150331", nil),
            ("GetFunction20150331v2", nil),
            ("Invoke", nil),
        ] as [(String, String?)])
    func actions(_ name: String, _ detail: String?) {
        let ingest = Self.read(Self.logFile(Self.record(name: name)))
        #expect(ingest.deployments.map(\.deployment.detail) == (detail.map { [$0] } ?? []))
        #expect(ingest.accounting.ignoredByReason[IgnoredReason.otherCloudTrailEvent.rawValue] == (detail == nil ? 1 : 0))
        #expect(ingest.accounting.events == 1 && ingest.accounting.malformed == 0)
    }

    @Test("other services' events and failed calls are counted as ignored CloudTrail events")
    func ignored() {
        let text = Self.logFile(
            Self.record(id: "1", source: "ec2.amazonaws.com"),
            Self.record(id: "2", name: "RunInstances", source: "ec2.amazonaws.com", #""requestParameters": null"#),
            Self.record(id: "3", #""requestParameters": {"functionName": "fn-a"}, "errorCode": "ResourceConflictException""#),
            Self.record(id: "4"))
        let ingest = Self.read(text)
        #expect(ingest.accounting.events == 4)
        #expect(ingest.accounting.ignoredByReason[IgnoredReason.otherCloudTrailEvent.rawValue] == 3)
        #expect(ingest.deployments.map(\.eventId) == ["4"])
        #expect(ingest.accounting.isReconciled)
    }

    @Test("a deployment without a function or a time is malformed at its own line")
    func malformed() throws {
        let text = Self.logFile(
            Self.record(id: "ok"),
            Self.record(id: "no-function", #""requestParameters": {"publish": true}, "resources": []"#),
            Self.record(id: "no-time", time: #""yesterday""#))
        let ingest = Self.read(text)
        #expect(ingest.accounting.events == 3 && ingest.accounting.deployments == 1 && ingest.accounting.malformed == 2)
        #expect(ingest.problems.map(\.line) == [2, 3])
        #expect(ingest.problems.map(\.file) == ["<memory>", "<memory>"])
        #expect(ingest.problems[0].message.contains("UpdateFunctionCode event no-function names no function"))
        #expect(ingest.problems[1].message.contains("UpdateFunctionCode event no-time has no readable time"))
    }

    @Test("a CloudTrailEvent that is not JSON leaves the item's own fields")
    func damagedCloudTrailEvent() {
        let resource = #"[{"ResourceType": "AWS::Lambda::Function", "ResourceName": "fn-a"}]"#
        let ingest = Self.read(
            Self.page(
                Self.item(id: "a", resources: resource, cloudTrailEvent: "{not json"), Self.item(id: "b", cloudTrailEvent: "")))
        #expect(ingest.deployments.map(\.deployment) == [Self.deployment("fn-a", Self.ten, "UpdateFunctionCode")])
        #expect(ingest.accounting.malformed == 1 && ingest.problems.first?.message.contains("event b names no function") == true)
    }

    @Test("Events items that are not CloudTrail events, and Records items of neither shape, are malformed")
    func notCloudTrail() {
        let events = Self.read(#"{"Events": [42, {"Name": "x"}]}"#)
        #expect(events.accounting.events == 2 && events.accounting.malformed == 2)
        let records = Self.read(#"{"Records": [{"eventVersion": "1.08"}]}"#)
        #expect(records.accounting.events == 1 && records.accounting.malformed == 1)
        #expect(records.problems.first?.message.contains("neither kinesis.data nor eventSource") == true)
    }

    @Test("a digest file is counted as ignored")
    func digest() {
        let ingest = Self.read(
            #"{"awsAccountId": "123456789012", "digestStartTime": "2024-03-04T09:00:00Z", "digestEndTime": "2024-03-04T10:00:00Z", "logFiles": []}"#
        )
        #expect(ingest.accounting.events == 1)
        #expect(ingest.accounting.ignoredByReason[IgnoredReason.cloudTrailDigest.rawValue] == 1)
    }

    @Test("a gzip log file is read like the plain one")
    func gzip() {
        let plain = Array(Self.logFile(Self.record(id: "a"), Self.record(id: "b", name: "PublishVersion20150331")).utf8)
        let zipped = Ingestor.readBytesForTest(StoredGzip.member(plain, crc: StoredGzip.crc32(plain)))
        #expect(zipped.fileErrors == 0)
        #expect(
            zipped.deployments.map(\.deployment) == [
                Self.deployment("fn-a", Self.ten, "UpdateFunctionCode"), Self.deployment("fn-a", Self.ten, "PublishVersion"),
            ])
    }

    @Test("repeats of one event id count once; events without an id count once per deployment")
    func unique() {
        let a = Self.deployment("fn-a", Self.ten, "UpdateFunctionCode")
        let b = Self.deployment("fn-b", Self.ten, "UpdateFunctionCode")
        let all = [
            CloudTrailDeployment(deployment: a, eventId: "1"), CloudTrailDeployment(deployment: b, eventId: "2"),
            CloudTrailDeployment(deployment: a, eventId: "1"), CloudTrailDeployment(deployment: a, eventId: "3"),
            CloudTrailDeployment(deployment: b, eventId: nil), CloudTrailDeployment(deployment: b, eventId: nil),
        ]
        let (kept, duplicates) = CloudTrailDeployment.unique(all)
        #expect(kept == [a, b, a, b])
        #expect(duplicates == 2)
    }

    @Test("the no-invocations message names the deployments read, in the singular for one")
    func noInvocationsMessage() {
        var d = DatasetBuilder.build(IngestResult(files: [], perFile: [], pathProblems: []))
        #expect(d.noInvocationsMessage(in: ["a", "b"]) == "no Lambda invocations (REPORT records) found in a, b; 0 events read")
        d.deployments = [Self.deployment("fn-a", Self.ten, "UpdateFunctionCode")]
        d.accounting.events = 1
        #expect(
            d.noInvocationsMessage(in: ["ct.json"])
                == "read 1 deployment (CloudTrail) but no Lambda invocations (REPORT records) in ct.json; 1 events read")
        d.deployments.append(Self.deployment("fn-b", Self.ten, "UpdateFunctionCode"))
        #expect(d.noInvocationsMessage(in: ["ct.json"]).hasPrefix("read 2 deployments (CloudTrail) but no Lambda invocations"))
    }
}
