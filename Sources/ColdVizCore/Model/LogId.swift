/// A request id or X-Ray trace id as logged. Its usual shapes, a lowercase UUID
/// (`8edab1f8-7d34-4a8e-a965-15ccbbb78d4c`) and an X-Ray trace root (`1-65e58dda-306401a324990fdfe6155f0b`),
/// are packed into 16 bytes without an allocation; any other text is kept as it is. Two ids are equal
/// exactly when their texts are.
public struct LogId: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    private enum Storage: Hashable, Sendable {
        case uuid(UInt64, UInt64)
        case traceRoot(UInt64, UInt64)
        case text(String)
    }

    private let storage: Storage

    /// The id whose text is `text`. O(length).
    public init(_ text: String) {
        var text = text
        storage = text.withUTF8 { Self.packed(UnsafeRawBufferPointer($0)) } ?? .text(text)
    }

    /// The id whose text is `bytes` decoded as UTF-8 (invalid sequences repaired as `String(decoding:as:)`
    /// repairs them). O(length).
    public init(bytes: UnsafeRawBufferPointer) {
        storage = Self.packed(bytes) ?? .text(String(decoding: bytes, as: UTF8.self))
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// The id's text. O(length); packed ids allocate their string here.
    public var description: String {
        switch storage {
        case .text(let text): return text
        case .uuid(let high, let low): return Self.text(high, low, dashes: Self.uuidDashes, prefix: "")
        case .traceRoot(let high, let low): return Self.text(high, low, dashes: Self.traceDashes, prefix: "1-")
        }
    }

    /// True when the id is held in 16 bytes rather than as text.
    var isPacked: Bool {
        if case .text = storage { return false }
        return true
    }

    /// True when the text is empty.
    public var isEmpty: Bool {
        if case .text(let text) = storage { return text.isEmpty }
        return false
    }

    /// Offsets of the dashes among the 32 hex digits, counted in digits before each.
    private static let uuidDashes: [Int] = [8, 12, 16, 20]
    private static let traceDashes: [Int] = [8]

    /// The packed storage of `bytes` when they have one of the packed shapes, else nil. O(length).
    private static func packed(_ bytes: UnsafeRawBufferPointer) -> Storage? {
        let dash = UInt8(ascii: "-")
        if bytes.count == 36 {
            // 8-4-4-4-12
            guard bytes[8] == dash, bytes[13] == dash, bytes[18] == dash, bytes[23] == dash else { return nil }
            var bad: UInt64 = 0
            let high = hex(bytes, 0, 8, &bad) << 32 | hex(bytes, 9, 4, &bad) << 16 | hex(bytes, 14, 4, &bad)
            let low = hex(bytes, 19, 4, &bad) << 48 | hex(bytes, 24, 12, &bad)
            return bad == 0 ? .uuid(high, low) : nil
        }
        if bytes.count == 35 {
            // 1-8-24
            guard bytes[0] == UInt8(ascii: "1"), bytes[1] == dash, bytes[10] == dash else { return nil }
            var bad: UInt64 = 0
            let high = hex(bytes, 2, 8, &bad) << 32 | hex(bytes, 11, 8, &bad)
            let low = hex(bytes, 19, 16, &bad)
            return bad == 0 ? .traceRoot(high, low) : nil
        }
        return nil
    }

    /// The value of the `count` (at most 16) lowercase hex digits at `start`; `bad` becomes nonzero when a
    /// byte is not one. Branch-free per digit.
    @inline(__always)
    private static func hex(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ count: Int, _ bad: inout UInt64) -> UInt64 {
        var value: UInt64 = 0
        for k in start..<(start + count) {
            let byte = bytes[k]
            let digit = byte &- UInt8(ascii: "0")
            let letter = byte &- UInt8(ascii: "a")
            let isDigit = digit < 10
            let isLetter = letter < 6
            bad |= UInt64(isDigit || isLetter ? 0 : 1)
            value = value << 4 | UInt64(isDigit ? digit : letter &+ 10)
        }
        return value
    }

    /// `prefix` then the 32 hex digits of `high` and `low` with the dashes of `dashes`.
    private static func text(_ high: UInt64, _ low: UInt64, dashes: [Int], prefix: StaticString) -> String {
        let length = prefix.utf8CodeUnitCount + 32 + dashes.count
        return String(unsafeUninitializedCapacity: length) { out in
            var position = 0
            for k in 0..<prefix.utf8CodeUnitCount {
                out[position] = prefix.utf8Start[k]
                position += 1
            }
            var nextDash = 0
            for digit in 0..<32 {
                if nextDash < dashes.count, dashes[nextDash] == digit {
                    out[position] = UInt8(ascii: "-")
                    position += 1
                    nextDash += 1
                }
                let half = digit < 16 ? high : low
                let value = UInt8(truncatingIfNeeded: half >> UInt64(4 * (15 - digit % 16))) & 0xF
                out[position] = value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
                position += 1
            }
            return position
        }
    }
}
