import Foundation

/// Sizes written as `1GB`, `500MB`, `64KiB` or `1000` (bytes).
public enum ByteSize {
    /// Bytes in `text`: a number then an optional unit B, KB, MB, GB (powers of 1,000) or KiB, MiB,
    /// GiB (powers of 1,024), case-insensitive; nil when it is not a positive size. O(n).
    public static func parse(_ text: String) -> Int64? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = t.prefix { $0.isNumber || $0 == "." }
        guard let number = Double(digits), number > 0 else { return nil }
        let units: [String: Double] = [
            "": 1, "b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "k": 1e3, "m": 1e6, "g": 1e9,
            "kib": 1024, "mib": 1_048_576, "gib": 1_073_741_824,
        ]
        guard let unit = units[String(t.dropFirst(digits.count)).trimmingCharacters(in: .whitespaces)] else { return nil }
        let bytes = number * unit
        return bytes >= 1 && bytes < 1e15 ? Int64(bytes) : nil
    }
}
