/// One deployed function of the experiment, named as the study names them.
public struct SynthFunction: Sendable, Hashable {
    /// `zip`, `zip_layers` or `image`.
    public let method: String
    /// `3.8` ... `3.13`.
    public let python: String
    public let memoryMegabytes: Int
    public let arm64: Bool
    /// `perf_{method}_Python{XY}_{memory}`, with `_arm64` appended on arm64.
    public let name: String
    /// `/aws/lambda/<name>`.
    public let logGroup: String

    /// The function of `method`, `python` (`3.11`), `memoryMegabytes` and architecture.
    public init(method: String, python: String, memoryMegabytes: Int, arm64: Bool) {
        self.method = method
        self.python = python
        self.memoryMegabytes = memoryMegabytes
        self.arm64 = arm64
        name = "perf_\(method)_Python\(python.filter { $0 != "." })_\(memoryMegabytes)" + (arm64 ? "_arm64" : "")
        logGroup = "/aws/lambda/" + name
    }

    /// The runtime version string of INIT_START (`python:3.11.v33`).
    var runtimeVersion: String { "python:\(python).v\(SynthRuntime.versionNumber(python))" }

    /// Every function of `options`, in name order. O(n log n).
    public static func all(_ options: SynthOptions) -> [SynthFunction] {
        var result: [SynthFunction] = []
        for method in options.methods {
            for python in options.pythonVersions {
                for memory in options.memorySizesMegabytes {
                    result.append(SynthFunction(method: method, python: python, memoryMegabytes: memory, arm64: false))
                    if options.includeArm64 {
                        result.append(SynthFunction(method: method, python: python, memoryMegabytes: memory, arm64: true))
                    }
                }
            }
        }
        return result.sorted { $0.name < $1.name }
    }
}

/// Constants of the simulated AWS account.
enum SynthRuntime {
    static let account = "123456789012"
    static let region = "eu-west-1"

    /// A plausible runtime release number per Python version.
    static func versionNumber(_ python: String) -> Int {
        ["3.8": 52, "3.9": 40, "3.10": 37, "3.11": 33, "3.12": 23, "3.13": 9][python] ?? 1
    }
}
