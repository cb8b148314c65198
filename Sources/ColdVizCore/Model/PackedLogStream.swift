/// A log stream name, held in 24 bytes when it has Lambda's shape, `YYYY/MM/DD/[VERSION]` then 32 lowercase
/// hex digits (VERSION `$LATEST` or a number without leading zeros), else as its text. An environment keeps
/// one for as long as the run lasts, and a burst starts a million of them: 53 bytes of text take 96.
struct PackedLogStream: Sendable, Equatable {
    private enum Storage: Equatable {
        /// `date` is YYYYMMDD as a number; `version` 0 for `$LATEST`, else the number plus one.
        case lambda(date: UInt32, version: UInt32, high: UInt64, low: UInt64)
        case text(String)
    }

    private let storage: Storage

    /// The name `text`. O(length).
    init(_ text: String) {
        var text = text
        storage = text.withUTF8 { Self.packed(UnsafeRawBufferPointer($0)) } ?? .text(text)
    }

    /// Whether the name has Lambda's shape (and is held in 24 bytes).
    var isLambdaShaped: Bool {
        if case .lambda = storage { true } else { false }
    }

    /// The name's text. O(length); a packed name makes its string here.
    var text: String {
        switch storage {
        case .text(let text):
            return text
        case .lambda(let date, let version, let high, let low):
            let day = String(date + 100_000_000).dropFirst()  // eight digits, zeros kept
            return day.prefix(4) + "/" + day.dropFirst(4).prefix(2) + "/" + day.suffix(2) + "/["
                + (version == 0 ? "$LATEST" : String(version - 1)) + "]" + LogId.text(high, low, dashes: [], prefix: "")
        }
    }

    /// The packed storage of `b` when it has the Lambda shape, else nil. O(length).
    private static func packed(_ b: UnsafeRawBufferPointer) -> Storage? {
        // YYYY/MM/DD/[ v ] + 32 hex: at least 12 + 1 + 1 + 32 bytes.
        guard b.count >= 46, b.count <= 64, b[4] == slash, b[7] == slash, b[10] == slash, b[11] == open,
            b[b.count - 33] == close
        else { return nil }
        var date: UInt32 = 0
        for i in [0, 1, 2, 3, 5, 6, 8, 9] {
            guard b[i] >= zero, b[i] <= zero + 9 else { return nil }
            date = date * 10 + UInt32(b[i] - zero)
        }
        let versionBytes = b[12..<(b.count - 33)]
        let version: UInt32
        if versionBytes.elementsEqual("$LATEST".utf8) {
            version = 0
        } else {
            guard (1...9).contains(versionBytes.count), versionBytes.first != zero || versionBytes.count == 1 else {
                return nil
            }
            var n: UInt32 = 0
            for d in versionBytes {
                guard d >= zero, d <= zero + 9 else { return nil }
                n = n * 10 + UInt32(d - zero)
            }
            version = n + 1
        }
        var ok = true
        let start = b.count - 32
        let high = LogId.hex8(b, start, &ok) << 32 | LogId.hex8(b, start + 8, &ok)
        let low = LogId.hex8(b, start + 16, &ok) << 32 | LogId.hex8(b, start + 24, &ok)
        return ok ? .lambda(date: date, version: version, high: high, low: low) : nil
    }

    private static let slash = UInt8(ascii: "/"), open = UInt8(ascii: "["), close = UInt8(ascii: "]")
    private static let zero = UInt8(ascii: "0")
}
