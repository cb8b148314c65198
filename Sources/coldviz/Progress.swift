import ColdVizCore
import Foundation

/// Progress on stderr, only when stderr is a terminal; erased when done.
final class Progress: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) != 0
    private let lock = NSLock()
    private var lastDraw = Date.distantPast

    /// Draws `label done/total`, at most every 100 ms.
    func update(_ label: String, _ done: Int, _ total: Int) {
        guard enabled else { return }
        lock.withLock {
            let now = Date()
            guard done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = now
            FileHandle.standardError.write(Data("\r\(label) \(done)/\(total) files".utf8))
        }
    }

    /// Erases the progress line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
