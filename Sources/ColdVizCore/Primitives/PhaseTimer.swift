import Foundation

/// Wall-clock phase timings on stderr when `COLDVIZ_TIMINGS=1` is set (for benchmarking); no effect
/// otherwise. Each ``lap(_:)`` prints the time since the previous one (the first: since the first call)
/// and the peak resident memory so far.
public enum PhaseTimer {
    private static let enabled = ProcessInfo.processInfo.environment["COLDVIZ_TIMINGS"] == "1"
    private nonisolated(unsafe) static var last = DispatchTime.now().uptimeNanoseconds
    private static let lock = NSLock()

    /// Prints `phase`, the milliseconds since the previous lap (or the start of the process) and the
    /// peak resident set size so far.
    public static func lap(_ phase: String) {
        guard enabled else { return }
        lock.withLock {
            let previous = last  // first read initialises it: before `now`
            let now = DispatchTime.now().uptimeNanoseconds
            let milliseconds = Double(now &- previous) / 1e6
            last = now
            let line =
                "timing: \(phase) \(String(format: "%.1f", milliseconds)) ms, peak \(peakResidentMegabytes()) MB resident, now \(currentResidentMegabytes()) MB\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// The resident set size now (`/proc/self/statm`), in MB; -1 where that file is missing.
    private static func currentResidentMegabytes() -> Int {
        guard let data = FileHandle(forReadingAtPath: "/proc/self/statm")?.readDataToEndOfFile() else { return -1 }
        let fields = String(decoding: data, as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return -1 }
        return (pages * Int(sysconf(Int32(_SC_PAGESIZE)))) >> 20
    }

    /// The peak resident set size so far, in MB: `VmHWM` of `/proc/self/status`, the high-water mark of
    /// this program's memory alone (`getrusage` also counts what the parent process held when it started
    /// this one, before `exec`); `getrusage` where that file is missing.
    private static func peakResidentMegabytes() -> Int {
        if let data = FileHandle(forReadingAtPath: "/proc/self/status")?.readDataToEndOfFile(),
            let line = String(decoding: data, as: UTF8.self).split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.dropFirst("VmHWM:".count).split(separator: " ").first ?? "")
        {
            return kilobytes >> 10
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss >> 10
    }
}
