/// Reuses the previous call's `String` when the next bytes are the same: consecutive log lines and
/// events mostly name the same log stream, so they share one string instead of allocating one each.
/// O(length) per call.
final class RecentString {
    private var last: String?

    /// The text of `bytes` (UTF-8, invalid sequences repaired as `String(decoding:as:)` does), the
    /// previous call's string when the bytes are equal.
    func string(_ bytes: UnsafeRawBufferPointer) -> String {
        if let last, JSONTapeValue.withUTF8(last, { JSONTapeValue.equal($0, bytes) }) { return last }
        let text = String(decoding: bytes, as: UTF8.self)
        last = text
        return text
    }
}
