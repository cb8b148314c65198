import Testing

/// Expects |actual - expected| <= max(absolute, relative * |expected|); NaN matches only NaN
/// and infinities must match exactly.
func expectClose(
    _ actual: Double, _ expected: Double, relative: Double = 1e-12, absolute: Double = 0,
    _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    if expected.isNaN || expected.isInfinite {
        #expect(
            actual.isNaN == expected.isNaN && (expected.isNaN || actual == expected),
            "\(actual) vs expected \(expected) \(comment.map { "\($0)" } ?? "")",
            sourceLocation: sourceLocation)
        return
    }
    let tolerance = max(absolute, relative * abs(expected))
    #expect(
        abs(actual - expected) <= tolerance,
        "\(actual) vs expected \(expected) (tolerance \(tolerance)) \(comment.map { "\($0)" } ?? "")",
        sourceLocation: sourceLocation)
}

/// Element-wise `expectClose`, after checking the counts agree.
func expectClose(
    _ actual: [Double], _ expected: [Double], relative: Double = 1e-12, absolute: Double = 0,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        actual.count == expected.count, "count \(actual.count) vs \(expected.count)",
        sourceLocation: sourceLocation)
    for (index, (a, e)) in zip(actual, expected).enumerated() {
        expectClose(
            a, e, relative: relative, absolute: absolute, "at index \(index)",
            sourceLocation: sourceLocation)
    }
}

/// The ids of `Reference.datasets`, in order, as test arguments.
let datasetIDs: [String] = Reference.datasets.map(\.key)
