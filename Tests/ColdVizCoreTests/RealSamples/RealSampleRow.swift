import Testing

/// What one bundled real sample (`Fixtures/realdata/<file>`) holds, counted from the file itself
/// without coldviz. Counts left out of a row are 0.
struct RealSampleRow: Sendable, Identifiable, CustomTestStringConvertible {
    /// The file name in `Fixtures/realdata`; also the row's id.
    var file: String
    /// Logical events: container events, JSON documents, or text events (a line plus the unprefixed
    /// lines that continue it, docs/FORMATS.md §3), counted by the rule stated in the row's comment.
    var events: Int
    /// REPORT records (text or `platform.report`) left after duplicates; AWS only, never the emulator's.
    var reports: Int
    /// Invocations whose REPORT carries Init Duration (`initDurationMs`).
    var cold = 0
    /// Of those, the proactive initialisations: the environment's init (INIT_START + Init Duration) ended more
    /// than a second before the request's START.
    var proactive = 0
    /// Cold starts without Init Duration (init ran inside the invocation, docs/FORMATS.md §2.9 rule 3).
    var suppressed = 0
    /// SnapStart restores (REPORT with Restore Duration).
    var restores = 0
    /// INIT_REPORT / `platform.initReport` with status error, timeout or failure.
    var initFailures = 0
    var malformed = 0
    var duplicates = 0
    /// Set when coldviz is known to disagree with the row's (true) start categories.
    var knownIssue: String? = nil

    var id: String { file }
    var testDescription: String { file }
}
