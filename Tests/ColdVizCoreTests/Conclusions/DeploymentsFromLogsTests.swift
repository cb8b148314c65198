import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// Deployments the logs show: a function's environments on a new function version (JSON log format) or a
/// new runtime version (INIT_START), each at the first completion of an environment on it.
@Suite("Deployments read from the logs")
struct DeploymentsFromLogsTests {
    /// One JSON-format environment of `perf_zip_Python312_1024` on `version` and `runtime`, initialised at
    /// minute `minute` (after 09:00), with a cold start and a warm start a minute later.
    static func environment(minute: Int, version: String, runtime: String, id: String) -> String {
        let m = String(format: "%02d", minute), n = String(format: "%02d", minute + 1)
        return [
            #"{"time":"2024-03-04T09:\#(m):00.000Z","type":"platform.initStart","record":{"initializationType":"on-demand","phase":"init","runtimeVersion":"\#(runtime)","functionName":"perf_zip_Python312_1024","functionVersion":"\#(version)"}}"#,
            #"{"time":"2024-03-04T09:\#(m):00.500Z","type":"platform.start","record":{"requestId":"\#(id)a","version":"\#(version)"}}"#,
            #"{"time":"2024-03-04T09:\#(m):00.600Z","type":"platform.report","record":{"requestId":"\#(id)a","metrics":{"durationMs":99.0,"billedDurationMs":100,"memorySizeMB":1024,"maxMemoryUsedMB":90,"initDurationMs":499.0},"status":"success"}}"#,
            #"{"time":"2024-03-04T09:\#(n):00.000Z","type":"platform.start","record":{"requestId":"\#(id)b","version":"\#(version)"}}"#,
            #"{"time":"2024-03-04T09:\#(n):00.100Z","type":"platform.report","record":{"requestId":"\#(id)b","metrics":{"durationMs":99.0,"billedDurationMs":100,"memorySizeMB":1024,"maxMemoryUsedMB":90},"status":"success"}}"#,
        ].joined(separator: "\n")
    }

    static func dataset(_ environments: [String]) throws -> Dataset {
        let dir = FixturePaths.temporaryDirectory()
        for (k, text) in environments.enumerated() {
            try Data(text.utf8).write(to: dir.appendingPathComponent("env\(k).jsonl"))
        }
        return StreamingBuilder.build(paths: [dir.path])
    }

    @Test("a new function version is a deployment: post-deploy after it, unknown before")
    func functionVersion() throws {
        let d = try Self.dataset([
            Self.environment(minute: 0, version: "1", runtime: "python:3.12.v23", id: "a"),
            Self.environment(minute: 30, version: "2", runtime: "python:3.12.v23", id: "b"),
            Self.environment(minute: 50, version: "2", runtime: "python:3.12.v23", id: "c"),
        ])
        let labeler = Labeler()
        let time = labeler.timeLabels(of: d)
        // 2024-03-04T09:30:00.600Z: the first completion on version 2.
        #expect(time.deployments.map(\.milliseconds) == [1_709_544_600_600])
        #expect(time.deployments.map(\.detail) == ["version 2"])
        let deploy = Dictionary(
            uniqueKeysWithValues: zip(
                d.invocations.map(\.report.requestId.description), labeler.dimensions(of: d).map { $0[.deploy]! }))
        // 09:30:00.600 and 09:31:00.100 are within 15 minutes of the deployment; 09:50:00.600 is not.
        #expect(
            deploy == [
                "aa": "unknown", "ab": "unknown", "ba": "post-deploy", "bb": "post-deploy", "ca": "steady", "cb": "steady",
            ])
    }

    @Test("a new runtime version is a deployment too; one version throughout is none")
    func runtimeVersion() throws {
        let changed = try Self.dataset([
            Self.environment(minute: 0, version: "$LATEST", runtime: "python:3.12.v23", id: "a"),
            Self.environment(minute: 30, version: "$LATEST", runtime: "python:3.12.v24", id: "b"),
        ])
        #expect(Labeler().timeLabels(of: changed).deployments.map(\.detail) == ["runtime python:3.12.v24"])
        let same = try Self.dataset([
            Self.environment(minute: 0, version: "$LATEST", runtime: "python:3.12.v23", id: "a"),
            Self.environment(minute: 30, version: "$LATEST", runtime: "python:3.12.v23", id: "b"),
        ])
        #expect(Labeler().timeLabels(of: same).deployments.isEmpty)
    }
}
