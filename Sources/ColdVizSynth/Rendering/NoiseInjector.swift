import ColdVizStats

/// Mixes in what real exports contain besides clean platform lines, each kind with probability
/// `rate` per invocation (tracebacks `rate / 2`, malformed, truncated and duplicated `rate / 4`):
/// extra application lines, multi-line Python tracebacks (one event with inner newlines), garbled
/// REPORT lines (a letter O in a number), REPORT lines cut before their request id, and the
/// invocation's platform events written a second time (an overlapping export).
///
/// Draws come from their own generator, so the experiment's values do not depend on the noise rate.
struct NoiseInjector {
    let rate: Double
    private var rng: SeededGenerator

    init(rate: Double, seed: UInt64) {
        self.rate = rate
        self.rng = SeededGenerator(seed: seed ^ 0x6E6F_6973_6521)
    }

    /// The noise decided for one invocation.
    struct Decision {
        var applicationLines = 0
        var traceback = false
        var malformed = false
        var truncated = false
        var duplicate = false
        /// A fresh request id for the garbled REPORT (it names no real invocation).
        var garbledRequestId = ""
        var garbledDurationCentis = 0
    }

    mutating func decide() -> Decision {
        var d = Decision()
        guard rate > 0 else { return d }
        if rng.chance(rate) { d.applicationLines = rng.integer(1, 3) }
        d.traceback = rng.chance(rate / 2)
        d.malformed = rng.chance(rate / 4)
        d.truncated = rng.chance(rate / 4)
        d.duplicate = rng.chance(rate / 4)
        if d.malformed {
            d.garbledRequestId = rng.uuid()
            d.garbledDurationCentis = rng.integer(10_001, 99_999)
        }
        return d
    }

    /// One application line of the Python runtime's text format.
    mutating func applicationLine(_ inv: SynthInvocation, at milliseconds: Int64) -> String {
        let messages = [
            "cache miss for key orders/2024", "slow downstream call: \(rng.integer(300, 900)) ms",
            "retrying S3 GetObject (attempt 2)", "validated \(rng.integer(10, 500)) records",
        ]
        let level = rng.chance(0.5) ? "WARNING" : "INFO"
        return "[\(level)]\t\(TimeText.iso(milliseconds))\t\(inv.requestId)\t\(messages[rng.nextIndex(below: messages.count)])\n"
    }

    /// A logged exception: one event whose message holds the whole traceback.
    static func traceback(_ inv: SynthInvocation, at milliseconds: Int64) -> String {
        "[ERROR]\t\(TimeText.iso(milliseconds))\t\(inv.requestId)\tKeyError: 'rows'\n"
            + "Traceback (most recent call last):\n"
            + "  File \"/var/task/handler.py\", line 42, in handler\n"
            + "    rows = load(event[\"rows\"])\n"
            + "  File \"/var/task/loader.py\", line 17, in load\n"
            + "    return frame[\"rows\"]\n"
            + "KeyError: 'rows'\n"
    }

    /// A REPORT whose Duration is not a number (`1O2.41`: a letter O), which coldviz must count as malformed.
    static func garbledReport(_ d: Decision, memory: Int) -> String {
        let text = TimeText.centis(d.garbledDurationCentis)
        let garbled = String(text.prefix(1)) + "O" + String(text.dropFirst(2))
        return "REPORT RequestId: \(d.garbledRequestId)\tDuration: \(garbled) ms\tBilled Duration: 100 ms\t"
            + "Memory Size: \(memory) MB\tMax Memory Used: 99 MB\t\n"
    }

    /// A REPORT line cut before its request id (a truncated export line).
    static let truncatedReport = "REPORT RequestI\n"
}
