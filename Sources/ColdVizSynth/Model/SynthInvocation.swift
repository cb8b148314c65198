/// One generated invocation, with every value the renderings print. Millisecond values are kept as
/// integer hundredths whose last digit is never 0, so every rendering prints the same two decimals.
public struct SynthInvocation: Sendable {
    public var requestId: String
    /// `1-<8 hex epoch seconds>-<24 hex>`.
    public var traceId: String
    /// The `AWS::Lambda` segment id (REPORT `SegmentId:`).
    public var segmentId: String
    /// The `AWS::Lambda::Function` segment id.
    public var functionSegmentId: String
    /// When the request arrived (the trace starts).
    public var arrivalMilliseconds: Int64
    /// INIT_START time of a cold start.
    public var initStartMilliseconds: Int64?
    public var startMilliseconds: Int64
    /// END and REPORT time.
    public var reportMilliseconds: Int64
    /// Init Duration in hundredths of a ms (cold starts only).
    public var initCentis: Int?
    public var durationCentis: Int
    public var billedDurationMilliseconds: Int
    public var maxMemoryUsedMegabytes: Int

    /// Whether the REPORT carries Init Duration.
    public var isCold: Bool { initCentis != nil }
    /// Init Duration in ms.
    public var initDurationMilliseconds: Double? { initCentis.map { Double($0) / 100 } }
    /// Duration in ms.
    public var durationMilliseconds: Double { Double(durationCentis) / 100 }
}

/// One execution environment: one log stream, a cold start, then warm invocations.
public struct SynthEnvironment: Sendable {
    public var function: SynthFunction
    /// `YYYY/MM/DD/[$LATEST]<32 hex>`.
    public var streamName: String
    /// 1-based burst number.
    public var burst: Int
    public var invocations: [SynthInvocation]
    /// Module import timings of the Init phase in µs, in import order.
    public var moduleTimingsMicroseconds: [(module: String, microseconds: Int)]
}
