import ColdVizTestSupport
import Foundation
import Testing

/// `coldviz baseline`, `check` and `compare` end to end: stdout, stderr and exit status.
@Suite("baseline, check and compare commands", .serialized)
struct CheckCommandTests {
    static let experiment = FixturePaths.fixture("experiment/formats/s3-export")
    static let committedBaseline = FixturePaths.fixture("baseline.json")
    /// Fewer resamples than the default 9,999 keep the debug binary fast; the gate is the same.
    static let fast = ["--resamples", "999"]

    @Test func checkAgainstTheCommittedBaselinePasses() throws {
        let r = try ColdVizProcess.run(["check", Self.experiment, "--baseline", Self.committedBaseline] + Self.fast)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("coldviz check PASS: 3 groups: 0 regressed, 0 ok, 3 insufficient"))
        #expect(r.stdout.contains("seed 20240304"))
        // p95 needs 200 values per side, the fixture has 120 per method: a warning, not a failure.
        #expect(r.stderr.contains("warning: method=image: too few samples for a verdict (120 in the baseline, 120 now)"))
    }

    @Test func imageP95ThirtyPercentWorseFailsWithExitOne() throws {
        let worse = try ScaledExperiment.make(method: "image", factor: 1.3)
        let r = try ColdVizProcess.run(
            ["check", worse, "--baseline", Self.committedBaseline, "--min-samples", "100"] + Self.fast)
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.hasPrefix("coldviz check FAIL: 3 groups: 1 regressed, 2 ok"))
        let imageRow = r.stdout.split(separator: "\n").first { $0.hasPrefix("image") }!
        #expect(imageRow.contains("p95") && imageRow.contains("(+30.0%)") && imageRow.hasSuffix("regressed"))
    }

    @Test func costMetricFailsWhenTheSameInvocationsCostMore() throws {
        let cheap = FixturePaths.temporaryDirectory().appendingPathComponent("cheap.json").path
        let price = ["--price-gb-second", "0.000001"]
        let b = try ColdVizProcess.run(["baseline", Self.experiment, "--by", "method", "-o", cheap] + price)
        #expect(b.status == 0, "\(b.stderr)")
        let metric = ["--metric", "usdPerMillionInvocations"]
        let same = try ColdVizProcess.run(["check", Self.experiment, "--baseline", cheap] + metric + price + Self.fast)
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        #expect(same.stdout.hasPrefix("coldviz check PASS: 3 groups: 0 regressed, 3 ok (cost in USD per million invocations"))
        // At the default prices (x86_64: 16.7 times the baseline's GB-second price) every method costs more.
        let dearer = try ColdVizProcess.run(["check", Self.experiment, "--baseline", cheap] + metric + Self.fast)
        #expect(dearer.status == 1, "\(dearer.stdout)\(dearer.stderr)")
        #expect(dearer.stdout.hasPrefix("coldviz check FAIL: 3 groups: 3 regressed"))
        let imageRow = dearer.stdout.split(separator: "\n").first { $0.hasPrefix("image") }
        #expect(imageRow?.contains("mean") == true && imageRow?.contains("$") == true)
    }

    @Test func failOnInsufficientTurnsWarningsIntoExitOne() throws {
        let r = try ColdVizProcess.run(
            ["check", Self.experiment, "--baseline", Self.committedBaseline, "--fail-on-insufficient"] + Self.fast)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("coldviz check FAIL: 3 groups: 0 regressed, 0 ok, 3 insufficient"))
    }

    @Test func markdownIsAppendedToTheStepSummaryAndJSONIsValid() throws {
        let dir = FixturePaths.temporaryDirectory()
        let summary = dir.appendingPathComponent("summary.md").path
        try "earlier step\n".write(toFile: summary, atomically: true, encoding: .utf8)
        let r = try ColdVizProcess.run(
            ["check", Self.experiment, "--baseline", Self.committedBaseline, "--format", "json"] + Self.fast,
            environment: ["GITHUB_STEP_SUMMARY": summary])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"format\": \"coldviz-check\",\n  \"passed\": true,"))
        let written = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(written.hasPrefix("earlier step\n### ✅ coldviz check PASS"))
        #expect(written.contains("| method | stat |"))
    }

    @Test func baselineWritesAFileCheckReads() throws {
        let out = FixturePaths.temporaryDirectory().appendingPathComponent("b.json").path
        let r = try ColdVizProcess.run(["baseline", Self.experiment, "--by", "method,python", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "\(out): 6 groups by method,python, 1028 invocations, 360 cold starts\n")
        let coarse = try ColdVizProcess.run(
            ["check", Self.experiment, "--baseline", out, "--by", "method", "--min-samples", "100"] + Self.fast)
        #expect(coarse.status == 0)
        #expect(coarse.stdout.hasPrefix("coldviz check PASS: 3 groups: 0 regressed, 3 ok"))
    }

    @Test(arguments: [
        (
            ["check", "Fixtures", "--baseline", "/nonexistent/b.json"], Int32(2),
            "coldviz: error: cannot read baseline /nonexistent/b.json: no such file"
        ),
        (["check", "/nonexistent/logs", "--baseline", "BASELINE"], 2, "coldviz: error: no Lambda invocations"),
        (
            ["check", "Fixtures", "--baseline", "BASELINE", "--by", "function"], 2,
            "so `--by` can only use those dimensions, not function"
        ),
        (
            ["check", "Fixtures", "--baseline", "BASELINE", "--max-increase", "p95=ten"], 64,
            "`--max-increase` must be a list of STAT=AMOUNT such as p95=10%,p50=5%"
        ),
        (
            ["check", "Fixtures", "--baseline", "BASELINE", "--confidence", "1.5"], 64,
            "`--confidence` must be between 0.5 and 0.9999, not 1.5."
        ),
        (
            ["check", "Fixtures", "--baseline", "BASELINE", "--metric", "coldStartRate", "--max-increase", "p95=5%"], 64,
            "compares the rate only"
        ),
        (["check", "Fixtures"], 64, "give `--baseline FILE`, or set [check] baseline in coldviz.toml"),
        (["baseline", "Fixtures", "--by", "colour"], 64, "`colour` is not a dimension"),
        (["baseline", "/nonexistent/logs"], 2, "no Lambda invocations"),
        (["compare", "Fixtures"], 64, "give exactly two inputs, A (before) and B (after), not 1."),
        (
            ["compare", "a", "b", "--stats", "p95,fast"], 64,
            "`--stats` must be a list of p50, p95, p99.9, mean or rate, not `p95,fast`."
        ),
    ])
    func badUsageAndUnreadableInput(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let args = arguments.map { $0 == "BASELINE" ? Self.committedBaseline : $0 == "Fixtures" ? Self.experiment : $0 }
        let r = try ColdVizProcess.run(args)
        #expect(r.status == status, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test func compareShowsBothSidesWithoutVerdicts() throws {
        let worse = try ScaledExperiment.make(method: "zip", factor: 1.1)
        let r = try ColdVizProcess.run(["compare", Self.committedBaseline, worse, "--stats", "p50"] + Self.fast)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Compared 3 groups by method: Init Duration (ms) of cold starts, A → B"))
        let zipRow = r.stdout.split(separator: "\n").first { $0.hasPrefix("zip ") }!
        // numpy 2.4.6: median of zip init durations 2943.26; the copy's are rounded after x1.1.
        #expect(zipRow.contains("2,943  3,238") && zipRow.contains("(+10.0%)"))
        #expect(!r.stdout.contains("regressed"))
    }

    @Test("an explicit `--metric` overrides [check] metric of coldviz.toml, which applies without the flag")
    func metricFlagOverridesProjectFile() throws {
        let dir = FixturePaths.temporaryDirectory()
        let toml = """
            inputs = ["\(Self.experiment)"]
            [check]
            baseline = "\(Self.committedBaseline)"
            metric = "coldStartRate"

            """
        try Data(toml.utf8).write(to: dir.appendingPathComponent("coldviz.toml"))
        let fromFile = try ColdVizProcess.run(["check", "--format", "json"] + Self.fast, in: dir)
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout.contains("\"metric\": \"coldStartRate\""), "\(fromFile.stdout)")
        for metric in ["initDuration", "duration"] {
            let flag = try ColdVizProcess.run(["check", "--metric", metric, "--format", "json"] + Self.fast, in: dir)
            #expect(flag.status == 0, "\(flag.stderr)")
            #expect(flag.stdout.contains("\"metric\": \"\(metric)\""), "\(metric): \(flag.stdout.prefix(300))")
        }
    }

    @Test func helpDocumentsTheExitCodes() throws {
        for command in ["check", "compare", "baseline"] {
            let r = try ColdVizProcess.run([command, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("Exit status: 0"), "\(command)")
        }
        let check = try ColdVizProcess.run(["check", "--help"])
        #expect(check.stdout.contains("1 something regressed"))
        #expect(check.stdout.contains("GITHUB_STEP_SUMMARY"))
    }
}
