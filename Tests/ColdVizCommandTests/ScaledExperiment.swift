import ColdVizTestSupport
import Foundation

/// Inputs the comparison tests make.
enum ScaledExperiment {
    /// A copy of the text-format experiment in a temporary folder, with the Init Duration of
    /// `method`'s functions multiplied by `factor` (two decimals, as the logs print).
    static func make(method: String, factor: Double) throws -> String {
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
