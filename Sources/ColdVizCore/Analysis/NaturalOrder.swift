/// Orders labels the way a person reads them: `3.9` before `3.11`, `1024` before `10240`,
/// `unknown` last. Runs of digits compare as numbers.
public enum NaturalOrder {
    /// Whether `a` sorts before `b`.
    public static func less(_ a: String, _ b: String) -> Bool {
        if a == b { return false }
        if a == Dimension.unknown { return false }
        if b == Dimension.unknown { return true }
        let ca = chunks(a), cb = chunks(b)
        for (x, y) in zip(ca, cb) where x != y {
            if let nx = Int(x), let ny = Int(y) { return nx < ny }
            return x < y
        }
        return ca.count < cb.count
    }

    private static func chunks(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        var digits = false
        for ch in s {
            let d = ch.isNumber
            if !current.isEmpty && d != digits { out.append(current); current = "" }
            digits = d
            current.append(ch)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
