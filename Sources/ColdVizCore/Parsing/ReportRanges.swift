/// Where the values of a REPORT line's known labels are, collected in one pass over its fields.
struct ReportRanges: Equatable {
    var requestId: Range<Int>?
    var duration: Range<Int>?
    var billedDuration: Range<Int>?
    var memorySize: Range<Int>?
    var maxMemoryUsed: Range<Int>?
    var initDuration: Range<Int>?
    var restoreDuration: Range<Int>?
    var billedRestoreDuration: Range<Int>?
    var status: Range<Int>?
    var errorType: Range<Int>?
    var traceId: Range<Int>?

    /// No field found yet.
    init() {}

    /// The fields of the REPORT `line`, read by ``LabeledFields`` (any layout). O(n).
    init(_ line: UnsafeRawBufferPointer) {
        LabeledFields.forEach(line, from: 6) { keep($0) }
    }

    /// Keeps `field`'s value under every known label it has; a later field overrides an earlier one.
    /// Only the labels ending with the field's last label word are tried. O(label length).
    @inline(__always)
    mutating func keep(_ field: LabeledFields.Field) {
        let last = field.lastLabelWord
        switch last.count {
        case 10:
            if field.hasLabel("RequestId:") { requestId = field.value }
        case 9:
            guard last.hasPrefix("Duration:") else { return }
            if field.hasLabel("Duration:") { duration = field.value }
            if field.hasLabel("Billed Duration:") { billedDuration = field.value }
            if field.hasLabel("Init Duration:") { initDuration = field.value }
            if field.hasLabel("Restore Duration:") { restoreDuration = field.value }
            if field.hasLabel("Billed Restore Duration:") { billedRestoreDuration = field.value }
        case 5:
            if field.hasLabel("Memory Size:") { memorySize = field.value }
            if field.hasLabel("Max Memory Used:") { maxMemoryUsed = field.value }
            if field.hasLabel("Error Type:") { errorType = field.value }
        case 7:
            if field.hasLabel("Status:") { status = field.value }
        case 8:
            if field.hasLabel("XRAY TraceId:") { traceId = field.value }
        default:
            break
        }
    }
}
