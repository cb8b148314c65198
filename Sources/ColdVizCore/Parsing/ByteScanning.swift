#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small byte-level helpers for the ingest hot path: no `String` is created unless asked for.
@usableFromInline let asciiSpace: UInt8 = 0x20
@usableFromInline let asciiTab: UInt8 = 0x09
@usableFromInline let asciiNewline: UInt8 = 0x0A
@usableFromInline let asciiReturn: UInt8 = 0x0D

extension UInt8 {
    /// Space, tab, carriage return or newline.
    @inlinable var isASCIIWhitespace: Bool {
        // One comparison for every byte above the space; bits 9, 10, 13 and 32 of the mask.
        self <= asciiSpace && (UInt64(0x1_0000_2600) >> UInt64(self)) & 1 != 0
    }
    /// `0`...`9`.
    @inlinable var isASCIIDigit: Bool { self &- 0x30 < 10 }
}

extension UnsafeRawBufferPointer {
    /// The bytes in `range` as a new buffer view (no copy).
    @inlinable func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: self[range])
    }

    /// Whether the bytes at `offset` equal `literal`. O(literal length).
    @inlinable func matches(_ literal: StaticString, at offset: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard offset >= 0, offset + n <= count else { return false }
        guard n > 0, let base = baseAddress else { return true }
        return memcmp(base + offset, literal.utf8Start, n) == 0
    }

    /// Whether the buffer starts with `literal`.
    @inlinable func hasPrefix(_ literal: StaticString) -> Bool { matches(literal, at: 0) }

    /// The first index at or after `start` holding `byte`, or `nil` (`memchr`). O(n).
    @inlinable func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start >= 0, start < count, let base = baseAddress else { return nil }
        guard let p = memchr(base + start, Int32(byte), count - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(p))
    }

    /// The first index at or after `start` of `literal`, or `nil`: `memchr` for its first byte, then
    /// `memcmp`. O(n·m) worst case, O(n) typical.
    func firstIndex(of literal: StaticString, from start: Int = 0) -> Int? {
        let n = literal.utf8CodeUnitCount
        guard n > 0, start >= 0, count >= n, start <= count - n, let base = baseAddress else { return nil }
        let needle = literal.utf8Start
        let first = Int32(needle[0])
        let last = count - n  // the last index a match can start at
        var i = start
        while i <= last {
            guard let p = memchr(base + i, first, last - i + 1) else { return nil }
            let hit = base.distance(to: UnsafeRawPointer(p))
            if memcmp(base + hit, needle, n) == 0 { return hit }
            i = hit + 1
        }
        return nil
    }

    /// Index of the first byte at or after `start` that is not a space or tab.
    @inlinable func skippingBlanks(from start: Int) -> Int {
        var i = start
        while i < count, self[i] == asciiSpace || self[i] == asciiTab { i += 1 }
        return i
    }

    /// The range with leading and trailing ASCII whitespace removed.
    func trimmedRange(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, self[lo].isASCIIWhitespace { lo += 1 }
        while hi > lo, self[hi - 1].isASCIIWhitespace { hi -= 1 }
        return lo..<hi
    }

    /// The bytes in `range` decoded as UTF-8 (invalid sequences repaired).
    func string(_ range: Range<Int>) -> String {
        String(decoding: slice(range), as: UTF8.self)
    }

    /// The bytes in `range` as a request or trace id.
    func logId(_ range: Range<Int>) -> LogId {
        LogId(bytes: slice(range))
    }
}
