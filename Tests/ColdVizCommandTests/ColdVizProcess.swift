import ColdVizTestSupport
import Foundation
import Testing

/// What one run of the `coldviz` binary printed and returned.
struct CommandResult {
    var status: Int32
    /// The process died of a signal (a crash), not by exiting.
    var crashed: Bool
    var stdout: String
    var stderr: String
}

/// Runs the built `coldviz` executable as a subprocess, the way a user does.
enum ColdVizProcess {
    /// The `coldviz` binary: in the directory of the test bundle (`CommandLine.arguments[0]`) or above it.
    static let binary: URL? = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("coldviz")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
            dir.deleteLastPathComponent()
        }
        return nil
    }()

    /// Runs `coldviz <arguments>` with stdin closed; stdout and stderr go through files, so no pipe fills up.
    /// `environment` adds variables to the test's own; a run still going after `timeLimit` seconds is killed
    /// (and reported as crashed). `forkedByShell` starts it from a shell's fork rather than from this
    /// process: a program this large test process starts itself can show this process's peak memory as
    /// its own (`VmHWM` survives the `exec` on some kernels), which a memory test must not measure.
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], timeLimit: Double? = nil,
        forkedByShell: Bool = false
    ) throws -> CommandResult {
        let binary = try #require(
            Self.binary,
            """
            no `coldviz` executable next to \(CommandLine.arguments[0]) or in its parent directories; \
            build it first with `swift build --build-tests`
            """)
        let scratch = FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        let process = Process()
        if forkedByShell {
            // `; exit` keeps the shell from replacing itself with the program (it forks it instead).
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "\"$0\" \"$@\"; exit $?", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        if let timeLimit {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) { [process] in
                if process.isRunning { process.terminate() }
            }
        }
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return CommandResult(
            status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// `Fixtures/experiment/formats/text`: the 24 functions of the fixture experiment as plain text logs.
    static var experimentText: String { FixturePaths.fixture("experiment/formats/text") }
}
