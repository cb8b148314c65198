import Foundation

// One executable for every fuzz target, the target named by FUZZ_TARGET: each target would otherwise link
// the whole instrumented library again (a minute each on the shared machine). SwiftPM renames an executable's
// `main`, so libFuzzer's own `main` cannot be used: this one calls libFuzzer's documented `LLVMFuzzerRunDriver`.

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
guard let target = FuzzTarget(rawValue: name) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("FUZZ_TARGET must be one of: \(names)\n".utf8))
    exit(64)
}
FuzzHarness.target = target
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, count in
        FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: count)))
        return 0
    })
