import Foundation

/// Reuses the `String` made for the previous range of one buffer when the next range holds the same
/// bytes: consecutive lines mostly name the same log stream, so they share one string instead of
/// allocating one each. Valid for one buffer only. O(length) per call.
final class RecentString {
    private var range: Range<Int>?
    private var string = ""

    /// The text of `bytes[r]`, the previous call's string when the bytes are equal.
    func string(_ bytes: UnsafeRawBufferPointer, _ r: Range<Int>) -> String {
        if let range, range.count == r.count, let base = bytes.baseAddress,
            memcmp(base + range.lowerBound, base + r.lowerBound, r.count) == 0
        {
            return string
        }
        range = r
        string = bytes.string(r)
        return string
    }
}
