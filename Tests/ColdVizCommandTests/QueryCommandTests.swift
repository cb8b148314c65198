import ColdVizCore
import ColdVizTestSupport
import Foundation
import Testing

/// `coldviz query insights`: the script it prints runs, against a stand-in for the AWS CLI that answers with
/// the fixture experiment's two `get-query-results` windows, and what coldviz then reads equals those windows.
@Suite("coldviz query insights", .serialized)
struct QueryCommandTests {
    static let windows = FixturePaths.fixture("experiment/formats/insights")

    /// A stand-in `aws`: `start-query` logs its arguments and answers q1, q2, ...; `get-query-results` says
    /// Complete for `--query status`, else prints the fixture window of that number.
    static let fakeAWS = """
        #!/bin/sh
        case "$2" in
        start-query)
          echo "$@" >> "$WORK/start-query.log"
          n=$(($(cat "$WORK/count" 2>/dev/null || echo 0) + 1)); echo $n > "$WORK/count"; echo "q$n" ;;
        get-query-results)
          if [ "$5" = --query ]; then echo Complete; else cat "$WINDOWS/window-${4#q}.json"; fi ;;
        *) exit 2 ;;
        esac
        """

    @Test("the script fetches every window and coldviz analyses them all, as it does the windows themselves")
    func scriptRuns() throws {
        let work = FixturePaths.temporaryDirectory()
        let bin = work.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let aws = bin.appendingPathComponent("aws")
        try Self.fakeAWS.write(to: aws, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: aws.path)
        let coldviz = try #require(ColdVizProcess.binary)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("coldviz"), withDestinationURL: coldviz)
        // 10 hours at 1,000 REPORTs an hour: windows of 8,000 REPORTs' worth, 8 hours, so two.
        let printed = try ColdVizProcess.run([
            "query", "insights", "--log-group", "/aws/lambda/perf_zip_Python39_1024", "--start", "2024-03-04T08:00:00Z",
            "--end", "2024-03-04T18:00:00Z", "--per-hour", "1000",
        ])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.contains(InsightsQuery.text))
        let script = work.appendingPathComponent("fetch.sh")
        try printed.stdout.write(to: script, atomically: true, encoding: .utf8)

        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = [script.path]
        shell.currentDirectoryURL = work
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        (environment["WORK"], environment["WINDOWS"]) = (work.path, Self.windows)
        shell.environment = environment
        let output = Pipe()
        shell.standardOutput = output
        try shell.run()
        let analysed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)

        let log = try String(contentsOf: work.appendingPathComponent("start-query.log"), encoding: .utf8)
        // 2024-03-04T08:00Z, 16:00Z and 18:00Z in epoch seconds.
        #expect(log.contains("--start-time 1709539200 --end-time 1709568000"))
        #expect(log.contains("--start-time 1709568000 --end-time 1709575200"))
        #expect(log.contains("--log-group-names /aws/lambda/perf_zip_Python39_1024"))
        let direct = try ColdVizProcess.run(["analyze", Self.windows])
        #expect(analysed.contains("REPORT records: 1028 (cold 360, warm 668"))
        #expect(analysed == direct.stdout)
    }

    @Test("the README shows the query the code prints")
    func readmeQuery() throws {
        let readme = try String(
            contentsOfFile: FixturePaths.packageRoot.appendingPathComponent("README.md").path, encoding: .utf8)
        #expect(readme.contains("```\n" + InsightsQuery.text + "\n```"))
    }

    @Test("windows cover the range, each in whole minutes and sized for 80% of the limit")
    func windows() {
        let w = InsightsQuery.windows(startSeconds: 0, endSeconds: 86_400, reportsPerHour: 3000)
        // 8,000 REPORTs at 3,000 an hour: 2 h 40 min.
        #expect(w.first == 0..<9600)
        #expect(w.count == 9 && w.last == 76_800..<86_400)
        #expect(zip(w, w.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(
            InsightsQuery.windows(startSeconds: 0, endSeconds: 600, reportsPerHour: 1e9)
                == (0..<10).map { $0 * 60..<$0 * 60 + 60 })
        #expect(InsightsQuery.windows(startSeconds: 5, endSeconds: 9, reportsPerHour: nil) == [5..<9])
        #expect(InsightsQuery.windows(startSeconds: 9, endSeconds: 9, reportsPerHour: 10).isEmpty)
    }

    @Test(
        "bad ranges exit 64 with the reason",
        arguments: [
            (["--start", "2024-03-04T08:00:00Z"], "give both `--start` and `--end`"),
            (["--start", "2024-03-04T08:00:00Z", "--end", "2024-03-04T07:00:00Z"], "`--end` must come after `--start`"),
            (["--start", "yesterday", "--end", "2024-03-04T07:00:00Z"], "`--start` must be a time"),
            (["--per-hour", "0"], "`--per-hour` must be a positive number"),
        ])
    func badFlags(flags: [String], message: String) throws {
        let r = try ColdVizProcess.run(["query", "insights"] + flags)
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }
}

/// `coldviz query athena`: what it prints (the SQL itself is run in DuckDB by scripts/athena-check.sh).
@Suite("coldviz query athena")
struct AthenaQueryCommandTests {
    @Test("the script creates the table at the location, runs the SELECT with the filters and analyses the result")
    func script() throws {
        let r = try ColdVizProcess.run([
            "query", "athena", "--location", "s3://acme-logs/lambda/", "--output-location", "s3://acme-logs/athena",
            "--start", "2024-03-01T00:00:00Z", "--end", "2024-04-01T00:00:00Z", "--function", "checkout",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("CREATE EXTERNAL TABLE IF NOT EXISTS coldviz_lambda_logs (line string)"))
        #expect(r.stdout.contains("LOCATION 's3://acme-logs/lambda/'"))
        #expect(r.stdout.contains(#"WITH coldviz_lines AS (SELECT "$path" AS path, line FROM coldviz_lambda_logs)"#))
        #expect(r.stdout.contains("substr(line, 1, 24) >= '2024-03-01T00:00:00.000Z'"))
        #expect(r.stdout.contains("substr(line, 1, 24) < '2024-04-01T00:00:00.000Z'"))
        #expect(r.stdout.contains("strpos(path, '/checkout/') > 0"))
        #expect(r.stdout.contains(#"aws s3 cp "s3://acme-logs/athena/$id.csv" records.csv"#))
        #expect(r.stdout.hasSuffix("coldviz analyze records.csv\n"))
        let sh = Process()
        sh.executableURL = URL(fileURLWithPath: "/bin/sh")
        let script = FixturePaths.temporaryDirectory().appendingPathComponent("athena.sh")
        try r.stdout.write(to: script, atomically: true, encoding: .utf8)
        sh.arguments = ["-n", script.path]
        try sh.run()
        sh.waitUntilExit()
        #expect(sh.terminationStatus == 0, "the script is not valid sh")
    }

    @Test("--select-only over another source prints the SELECT alone; a name with a quote stays one literal")
    func selectOnly() throws {
        let r = try ColdVizProcess.run([
            "query", "athena", "--select-only", "--source", "SELECT p AS path, l AS line FROM t", "--function", "it's",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("WITH coldviz_lines AS (SELECT p AS path, l AS line FROM t),"))
        #expect(r.stdout.contains("strpos(path, '/it''s/') > 0"))
        #expect(!r.stdout.contains("CREATE"))
    }

    @Test(
        "bad flags exit 64 with the reason",
        arguments: [
            ([String](), "give `--location s3://bucket/prefix/`"),
            (["--location", "/data/logs"], "`--location` must be an s3:// URL"),
            (["--select-only", "--start", "soon"], "`--start` must be a time"),
        ])
    func badFlags(flags: [String], message: String) throws {
        let r = try ColdVizProcess.run(["query", "athena"] + flags)
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }
}
