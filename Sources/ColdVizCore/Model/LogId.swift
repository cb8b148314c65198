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

    /// The id whose text is the literal `value`, as ``init(_:)`` makes it.
    public init(stringLiteral value: String) { self.init(value) }

    /// The id's text. O(length); packed ids allocate their string here.
    public var description: String {
        switch storage {
        case .text(let text): return text
        case .uuid(let high, let low): return Self.text(high, low, dashes: Self.uuidDashes, prefix: "")
        case .traceRoot(let high, let low): return Self.text(high, low, dashes: Self.traceDashes, prefix: "1-")
        }
    }

    /// The id's 16 bytes and their shape (1: a UUID, 2: a trace root), or nil when it is held as text.
    var packedWords: (shape: UInt8, high: UInt64, low: UInt64)? {
        switch storage {
        case .text: nil
        case .uuid(let high, let low): (1, high, low)
        case .traceRoot(let high, let low): (2, high, low)
        }
    }

    /// The id ``packedWords`` gave: `shape` 1 or 2.
    init(shape: UInt8, high: UInt64, low: UInt64) {
        storage = shape == 1 ? .uuid(high, low) : .traceRoot(high, low)
    }

    /// True when the id is held in 16 bytes rather than as text.
    var isPacked: Bool {
        if case .text = storage { return false }
        return true
    }

    /// True when the text holds U+FFFD, what bytes that are not UTF-8 are read as. O(length); O(1) when packed.
    var holdsReplacementCharacter: Bool {
        if case .text(let text) = storage { return text.holdsReplacementCharacter }
        return false
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
            var ok = true
            let high = hex8(bytes, 0, &ok) << 32 | hex4(bytes, 9, &ok) << 16 | hex4(bytes, 14, &ok)
            let low = hex4(bytes, 19, &ok) << 48 | hex4(bytes, 24, &ok) << 32 | hex8(bytes, 28, &ok)
            return ok ? .uuid(high, low) : nil
        }
        if bytes.count == 35 {
            // 1-8-24
            guard bytes[0] == UInt8(ascii: "1"), bytes[1] == dash, bytes[10] == dash else { return nil }
            var ok = true
            let high = hex8(bytes, 2, &ok) << 32 | hex8(bytes, 11, &ok)
            let low = hex8(bytes, 19, &ok) << 32 | hex8(bytes, 27, &ok)
            return ok ? .traceRoot(high, low) : nil
        }
        return nil
    }

    /// The value of the 8 lowercase hex digits at `start`, the first the most significant; `ok` becomes false
    /// when a byte is not one. SWAR: the 8 bytes are checked and converted as one word.
    @inline(__always)
    static func hex8(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ ok: inout Bool) -> UInt64 {
        let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: start, as: UInt64.self))
        guard let nibbles = nibbles(word, count: 8) else {
            ok = false
            return 0
        }
        // Byte k holds digit k (little-endian): gather them, first digit highest.
        var x = nibbles
        x = (x & 0x000F_000F_000F_000F) << 4 | (x >> 8) & 0x000F_000F_000F_000F
        x = (x & 0x0000_00FF_0000_00FF) << 8 | (x >> 16) & 0x0000_00FF_0000_00FF
        return (x & 0xFFFF) << 16 | (x >> 32) & 0xFFFF
    }

    /// As ``hex8(_:_:_:)`` for the 4 digits at `start`.
    @inline(__always)
    private static func hex4(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ ok: inout Bool) -> UInt64 {
        let word = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: start, as: UInt32.self)))
        guard let nibbles = nibbles(word, count: 4) else {
            ok = false
            return 0
        }
        var x = nibbles
        x = (x & 0x000F_000F) << 4 | (x >> 8) & 0x000F_000F
        return (x & 0xFF) << 8 | (x >> 16) & 0xFF
    }

    /// Each of the low `count` bytes of `word` as its hex digit value (`0`-`9`, `a`-`f`), or nil when one is
    /// not a lowercase hex digit. Per byte, for bytes below 0x80: `b + (0x80 - lo)` has its top bit set
    /// exactly when `b >= lo`, with no carry into the next byte.
    @inline(__always)
    private static func nibbles(_ word: UInt64, count: Int) -> UInt64? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lanes: UInt64 = count == 8 ? ~0 : (1 << UInt64(8 * count)) - 1
        let top = 0x80 * ones & lanes
        guard word & top == 0 else { return nil }
        func atLeast(_ lo: UInt64) -> UInt64 { (word &+ (0x80 - lo) &* ones) & top }
        let digit = atLeast(0x30) & ~atLeast(0x3A)
        let letter = atLeast(0x61) & ~atLeast(0x67)
        guard digit | letter == top else { return nil }
        return (word & 0x0F0F_0F0F_0F0F_0F0F & lanes) &+ (letter >> 7) &* 9
    }

    /// `prefix` then the 32 hex digits of `high` and `low` with the dashes of `dashes`.
    static func text(_ high: UInt64, _ low: UInt64, dashes: [Int], prefix: StaticString) -> String {
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
