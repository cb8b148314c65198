/// How a histogram chooses its bins.
public enum BinRule: Sendable, Equatable {
    /// numpy's `bins='auto'` (numpy 2.4): width min(max(FD, sqrt / 2), Sturges), where
    /// FD = 2 IQR n^(-1/3), sqrt = range / sqrt(n) and Sturges = range / (log2 n + 1).
    case auto
    /// A fixed number of equal-width bins, at least 1.
    case count(Int)
}
