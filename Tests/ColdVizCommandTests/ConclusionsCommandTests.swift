import ColdVizTestSupport
import Foundation
import Testing

/// `--by burst`, `--by deploy`, `--deployed-at`, `--deploy-window`, `--proactive-gap` and `export`'s time columns
/// on the conclusions fixture (placed by scripts/conclusions_reference.py; its README lists the cases).
@Suite("burst, deploy and proactive flags")
struct ConclusionsCommandTests {
    static let logs = FixturePaths.fixture("conclusions/logs")

    private func csv(_ text: String) -> [[String: String]] {
        let lines = text.split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test("--by method,deploy with --deployed-at FUNCTION=TIME: the image function's post-deploy cold starts")
    func deployedAt() throws {
        let r = try ColdVizProcess.run([
            "analyze", Self.logs, "--by", "method,deploy", "--format", "csv",
            "--deployed-at", "perf_image_Python39_1024=2024-03-04T10:55:00Z",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = csv(r.stdout)
        let image = rows.first { $0["method"] == "image" && $0["deploy"] == "post-deploy" }
        // ConclusionsReference.byMethodDeploy: image / post-deploy holds 16 invocations, 5 cold starts.
        #expect(image?["invocations"] == "16" && image?["coldStarts"] == "5")
        #expect(rows.contains { $0["method"] == "zip" && $0["deploy"] == "unknown" })
    }

    @Test("a shorter --deploy-window moves invocations from post-deploy to steady")
    func deployWindow() throws {
        func postDeploy(_ window: [String]) throws -> Int {
            let r = try ColdVizProcess.run(
                ["analyze", Self.logs, "--by", "deploy", "--format", "csv", "--deployed-at", "2024-03-04T10:55:00Z"] + window)
            #expect(r.status == 0, "\(r.stderr)")
            return Int(csv(r.stdout).first { $0["deploy"] == "post-deploy" }?["invocations"] ?? "0") ?? 0
        }
        let wide = try postDeploy([]), narrow = try postDeploy(["--deploy-window", "10m"])
        #expect(wide > narrow && narrow > 0)
    }

    @Test("--proactive-gap: the four proactive inits, and a gap beyond every one of them")
    func proactiveGap() throws {
        let json = { (flags: [String]) throws -> [String: Any] in
            let r = try ColdVizProcess.run(["analyze", Self.logs, "--format", "json"] + flags)
            #expect(r.status == 0, "\(r.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            return try #require(object?["inputs"] as? [String: Any])
        }
        let standard = try json([]), long = try json(["--proactive-gap", "1h"])
        #expect(standard["coldStarts"] as? Int == 56 && standard["proactiveInits"] as? Int == 4)
        #expect(long["coldStarts"] as? Int == 60 && long["proactiveInits"] as? Int == 0)
    }

    @Test("export has burst and deploy columns; proactive inits are exported as such")
    func export() throws {
        let out = FixturePaths.temporaryDirectory().appendingPathComponent("records.csv").path
        let r = try ColdVizProcess.run(["export", Self.logs, "--format", "csv", "--output", out])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = csv(try String(contentsOfFile: out, encoding: .utf8))
        #expect(rows.count == 274)
        #expect(Set(rows.compactMap { $0["burst"] }) == ["1", "2", "3", "unknown"])
        #expect(rows.filter { $0["category"] == "proactive" }.count == 4)
    }

    @Test(
        "bad time flags exit 64 with the reason",
        arguments: [
            (["--deployed-at", "yesterday"], "`--deployed-at` takes TIME or FUNCTION=TIME"),
            (["--deploy-window", "soon"], "`--deploy-window` must be a duration"),
            (["--proactive-gap=-1s"], "`--proactive-gap` must be a duration"),
            (["--price-gb-second=-1"], "`--price-gb-second` must be a price"),
        ])
    func badFlags(flags: [String], message: String) throws {
        let r = try ColdVizProcess.run(["analyze", Self.logs] + flags)
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }
}
