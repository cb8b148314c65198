/// Splits cold starts into bursts: contiguous runs where consecutive cold starts are at most
/// `gapMilliseconds` apart (the study split at one minute).
public enum Bursts {
    /// Ranges of indices into `sortedMilliseconds` (ascending), one per burst. O(n).
    public static func split(sortedMilliseconds: [Int64], gapMilliseconds: Int64) -> [Range<Int>] {
        guard !sortedMilliseconds.isEmpty else { return [] }
        var bursts: [Range<Int>] = []
        var start = 0
        for i in 1..<sortedMilliseconds.count where sortedMilliseconds[i] - sortedMilliseconds[i - 1] > gapMilliseconds {
            bursts.append(start..<i)
            start = i
        }
        bursts.append(start..<sortedMilliseconds.count)
        return bursts
    }
}
