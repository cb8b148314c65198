import ColdVizSynth
import ColdVizTestSupport
import Foundation

/// A small experiment: 3 methods x Python 3.9 and 3.12 x 1,024 and 10,240 MB, 2 bursts of 12 requests,
/// written to `<directory>/out`, its manifest to `<directory>/manifest.json`.
func smallOptions(_ format: SynthFormat, into directory: URL, seed: UInt64 = 7, noise: Double = 0.2) -> SynthOptions {
    var options = SynthOptions(outputDirectory: directory.appendingPathComponent("out").path)
    options.format = format
    options.seed = seed
    options.noiseRate = noise
    options.pythonVersions = ["3.9", "3.12"]
    options.memorySizesMegabytes = [1024, 10240]
    options.burstCount = 2
    options.manifestPath = directory.appendingPathComponent("manifest.json").path
    return options
}

/// Every regular file under `directory` with its bytes, by relative path.
func filesUnder(_ directory: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)!
    for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        result[String(url.path.dropFirst(directory.path.count))] = try! Data(contentsOf: url)
    }
    return result
}
