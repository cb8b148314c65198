import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

/// The CloudTrail fixtures (`Fixtures/cloudtrail/`, written by hand; see its README): both shapes, alone,
/// together and beside a Lambda log. Expected values are read off the fixtures.
@Suite("CloudTrail fixtures")
struct CloudTrailFixtureTests {
    static let lookup = FixturePaths.fixture("cloudtrail/lookup-events.json")
    static let tree = FixturePaths.fixture("cloudtrail/AWSLogs")
    static let day = FixturePaths.fixture("cloudtrail/AWSLogs/123456789012/CloudTrail/eu-west-1/2024/03/04")
    static let gzipFile = day + "/123456789012_CloudTrail_eu-west-1_20240304T0855Z_Xa1b2c3d4e5f6g7h8.json.gz"
    static let plainFile = day + "/123456789012_CloudTrail_eu-west-1_20240304T0900Z_Yb2c3d4e5f6g7h8i9.json"

    /// 2024-03-04 at `hour:minute:second` UTC plus `milliseconds`, in epoch ms (midnight is 1,709,510,400 s).
    static func at(_ hour: Int64, _ minute: Int64, _ second: Int64, _ milliseconds: Int64 = 0) -> Int64 {
        1_709_510_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + milliseconds
    }

    static func deployment(_ name: String, _ milliseconds: Int64, _ detail: String) -> Deployment {
        Deployment(target: .function(name), milliseconds: milliseconds, origin: .cloudTrail, detail: detail)
    }

    /// The deployments of lookup-events.json, in file order: events 1, 2, 5 and 6 of its 9.
    static let lookupDeployments = [
        deployment("perf_image_Python311_1024", at(8, 50, 0), "UpdateFunctionCode"),  // ARN in the request
        deployment("perf_image_Python311_1024", at(8, 51, 0), "PublishVersion"),  // EventTime 1709542260.0
        deployment("perf_zip_Python311_1024", at(8, 52, 30), "UpdateFunctionConfiguration"),  // ARN in Resources only
        deployment("perf_zip_layers_Python311_1024", at(8, 53, 0, 250), "CreateFunction"),  // functionArn in the response only
    ]

    /// The deployments of the AWSLogs tree, in path order (the digest, then the 0855Z and 0900Z files).
    static let treeDeployments = [
        deployment("perf_image_Python311_1024", at(8, 50, 0), "UpdateFunctionCode"),  // event 1 again
        deployment("perf_zip_Python39_1024", at(8, 56, 0), "UpdateFunctionCode"),
        deployment("perf_zip_Python39_1024", at(8, 56, 30), "PublishVersion"),  // a partial ARN
        deployment("perf_image_Python39_1024", at(8, 58, 0), "UpdateFunctionConfiguration"),
    ]

    static func build(_ paths: [String]) -> Dataset { DatasetBuilder.build(Ingestor.ingest(paths: paths)) }

    static func ignored(_ d: Dataset, _ reason: IgnoredReason) -> Int { d.accounting.ignoredByReason[reason.rawValue] }

    @Test("lookup-events, two pages in one file: 9 events, 4 deployments, 4 ignored, 1 malformed with its line")
    func lookupEvents() throws {
        let d = Self.build([Self.lookup])
        #expect(d.deployments == Self.lookupDeployments)
        #expect(d.invocations.isEmpty)
        let a = d.accounting
        #expect(a.events == 9 && a.deployments == 4 && a.records == 4 && a.malformed == 1 && a.duplicates == 0)
        // RunInstances (EC2), GetFunction, CreateFunctionUrlConfig, and an UpdateFunctionCode that failed.
        #expect(Self.ignored(d, .otherCloudTrailEvent) == 4 && a.ignored == 4)
        #expect(a.isReconciled)
        let problem = try #require(d.problems.first)
        #expect(d.problems.count == 1)
        // Event 9's object opens on line 131.
        #expect(problem.file == Self.lookup && problem.line == 131)
        #expect(problem.message.contains("0f3c5a61-1111-4a8e-9b7e-000000000009 names no function"))
        #expect(d.hasUnusableInput)
    }

    @Test("the S3 tree: gzip and plain log files and a digest; the event without a time is malformed at line 3")
    func deliveredTree() throws {
        let d = Self.build([Self.tree])
        #expect(d.files.count == 3)
        #expect(d.deployments == Self.treeDeployments)
        let a = d.accounting
        #expect(a.events == 7 && a.deployments == 4 && a.malformed == 1 && a.duplicates == 0)
        #expect(Self.ignored(d, .otherCloudTrailEvent) == 1 && Self.ignored(d, .cloudTrailDigest) == 1)
        #expect(a.isReconciled)
        let problem = try #require(d.problems.first)
        #expect(problem.file == Self.plainFile && problem.line == 3)
        #expect(problem.message.contains("has no readable time"))
    }

    @Test("the gzip log file alone, and the plain one alone")
    func oneFileEach() {
        let zipped = Self.build([Self.gzipFile])
        #expect(zipped.deployments == Array(Self.treeDeployments.prefix(3)))
        #expect(zipped.accounting.events == 4 && zipped.fileErrors == 0 && zipped.problems.isEmpty)
        let plain = Self.build([Self.plainFile])
        #expect(plain.deployments == [Self.treeDeployments[3]])
        #expect(plain.accounting.events == 2 && plain.accounting.malformed == 1)
    }

    @Test("one event in both shapes (lookup-events and the delivered file) counts once, as a duplicate")
    func duplicatesAcrossFiles() {
        let d = Self.build([Self.lookup, Self.tree])
        #expect(d.deployments == Self.lookupDeployments + Self.treeDeployments.dropFirst())
        let a = d.accounting
        #expect(a.events == 16 && a.deployments == 7 && a.duplicates == 1 && a.malformed == 2 && a.ignored == 6)
        #expect(a.isReconciled)
    }

    @Test("the same file read twice changes nothing but duplicates")
    func readTwice() throws {
        let copy = FixturePaths.temporaryDirectory().appendingPathComponent("copy.json")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.lookup), to: copy)
        let d = Self.build([Self.lookup, copy.path])
        #expect(d.deployments == Self.lookupDeployments)
        let a = d.accounting
        #expect(a.events == 18 && a.deployments == 4 && a.duplicates == 4 && a.ignored == 8 && a.malformed == 2)
        #expect(a.isReconciled)
    }

    @Test("beside a Lambda log: the log's invocations and the CloudTrail deployments, totals reconciled")
    func besideALog() {
        let log = FixturePaths.fixture("experiment/formats/text/perf_image_Python311_1024.log")
        let d = Self.build([Self.gzipFile, log])
        #expect(d.deployments == Array(Self.treeDeployments.prefix(3)))
        // The log file: 39 REPORT lines, 15 with Init Duration (grep -c).
        #expect(d.invocations.count == 39)
        #expect(d.count(.cold) == 15)
        #expect(d.accounting.reports == 39 && d.accounting.deployments == 3)
        #expect(Self.ignored(d, .otherCloudTrailEvent) == 1)
        #expect(d.accounting.isReconciled)
        #expect(!d.hasUnusableInput)
    }

    @Test("built while reading, CloudTrail inputs give the exact build's deployments and accounting")
    func streamed() {
        for paths in [[Self.lookup], [Self.tree], [Self.lookup, Self.tree], [Self.lookup, Self.lookup]] {
            StreamingBuilderTests.expectExact(paths)
            #expect(StreamingBuilder.build(paths: paths).deployments == Self.build(paths).deployments)
        }
        let log = FixturePaths.fixture("experiment/formats/text/perf_image_Python311_1024.log")
        let report = StreamingBuilderTests.expectExact([Self.tree, log])
        #expect(!report.overlapping)
    }
}
