/// Releases the pages of a mapped input behind a reader as it advances, about every MiB
/// (``InputBytes/releasePages(within:)``), so a file read once holds a MiB of its pages resident, not all.
/// Reading released bytes again stays correct: the kernel reloads them from the file.
struct PageReleaser {
    /// How far a reader advances between releases.
    static let stride = 1 << 20

    private let input: InputBytes?
    private let bytes: UnsafeRawBufferPointer
    private var releasedUpTo = 0

    /// Releases pages of `bytes` (a view of `input`) as a reader advances through them; does nothing when
    /// `input` is nil or not mapped.
    init(_ bytes: UnsafeRawBufferPointer, of input: InputBytes?) {
        self.bytes = bytes
        self.input = input
    }

    /// The reader is at `offset` of `bytes` and will not read before it again. O(1) between releases.
    @inline(__always)
    mutating func advance(to offset: Int) {
        guard offset - releasedUpTo >= Self.stride, let input else { return }
        // From a page before the last release's end: each release keeps its partial pages.
        input.releasePages(within: bytes.slice(max(0, releasedUpTo - 4096)..<min(offset, bytes.count)))
        releasedUpTo = offset
    }

    /// Whether `literal` occurs in `bytes`, releasing the pages the search passed: the search reads the whole
    /// input before its reader does. O(n).
    static func contains(_ literal: StaticString, in bytes: UnsafeRawBufferPointer, of input: InputBytes?) -> Bool {
        var releaser = PageReleaser(bytes, of: input)
        let overlap = literal.utf8CodeUnitCount - 1
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + stride)
            if bytes.slice(start..<min(bytes.count, end + overlap)).firstIndex(of: literal) != nil { return true }
            releaser.advance(to: end)
            start = end
        }
        return false
    }
}
