import ColdVizTestSupport
import Foundation

/// Runs the built `coldviz` binary as a subprocess and captures its output.
enum CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `coldviz` next to the test bundle (SwiftPM builds it first), else under `.build/debug`.
    static let binary: String = {
        let besideBundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "coldviz"
        ).path
        if FileManager.default.isExecutableFile(atPath: besideBundle) { return besideBundle }
        return FixturePaths.packageRoot.appendingPathComponent(".build/debug/coldviz").path
    }()

    /// Runs `coldviz arguments...` with `environment` added to this process's environment.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["GITHUB_STEP_SUMMARY"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a full pipe cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A copy of the text-format experiment in a temporary folder, with the Init Duration of
    /// `method`'s functions multiplied by `factor` (two decimals, as the logs print).
    static func scaledExperiment(method: String, factor: Double) throws -> String {
        let source = FixturePaths.fixture("experiment/formats/text")
        let target = FixturePaths.temporaryDirectory().appendingPathComponent("text")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            var text = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
            if name.hasPrefix("perf_\(method)_Python") {
                var lines: [String] = []
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    guard let r = line.range(of: "Init Duration: "), let end = line[r.upperBound...].range(of: " ms") else {
                        lines.append(String(line))
                        continue
                    }
                    let value = Double(line[r.upperBound..<end.lowerBound])! * factor
                    lines.append(String(line[..<r.upperBound]) + String(format: "%.2f", value) + String(line[end.lowerBound...]))
                }
                text = lines.joined(separator: "\n")
            }
            try text.write(toFile: target.appendingPathComponent(name).path, atomically: true, encoding: .utf8)
        }
        return target.path
    }
}
