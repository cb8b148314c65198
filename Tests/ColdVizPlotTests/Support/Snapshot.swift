import Foundation
import Testing

/// Compares `actual` with the snapshot file `__Snapshots__/<name>.txt` next to the test source.
/// With COLDVIZ_RECORD_SNAPSHOTS=1 the file is (re)written and the test fails, so a recording
/// run can never pass silently (argument-parser's `assertSnapshot` does the same).
func assertSnapshot(
    _ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = dir.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["COLDVIZ_RECORD_SNAPSHOTS"] == "1" {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record(
            "Recorded snapshot \(file.path); unset COLDVIZ_RECORD_SNAPSHOTS and run again.", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
            "No snapshot at \(file.path); run with COLDVIZ_RECORD_SNAPSHOTS=1 to record it.", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let i = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = i < a.count ? String(a[i]) : "<end>"
        let want = i < e.count ? String(e[i]) : "<end>"
        Issue.record(
            "Snapshot \(name) differs at line \(i + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
    }
}
