import Foundation

/// Turns increasing byte offsets into 1-based line numbers in amortised O(1) per call.
struct LineCounter {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private var line = 1

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The line holding `target`. Offsets must not decrease between calls (restarts from 0 if they do).
    mutating func line(at target: Int) -> Int {
        if target < offset { offset = 0; line = 1 }
        let end = min(target, bytes.count)
        guard let base = bytes.baseAddress else { return line }
        var i = offset
        while i < end, let p = memchr(base + i, Int32(asciiNewline), end - i) {
            line += 1
            i = base.distance(to: UnsafeRawPointer(p)) + 1
        }
        offset = end
        return line
    }
}
