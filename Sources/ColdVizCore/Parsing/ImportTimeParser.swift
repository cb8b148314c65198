import Foundation

/// Parses Python's `-X importtime` lines: `import time: self [us] | cumulative | imported package`
/// (the header), then `import time:       412 |        412 |     numpy._utils._inspect` with two
/// spaces of indentation per nesting level (docs/FORMATS.md §9.1).
enum ImportTimeParser {
    static func parse(_ m: UnsafeRawBufferPointer) -> MessageClass {
        let end = m.firstIndex(of: asciiNewline, from: 0) ?? m.count
        let line = m.string(12..<end)
        let parts = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return .ignored(.applicationOutput) }
        if parts[0].contains("self") {
            return .record(
                .importTime(ImportTimeLine(isHeader: true, selfMicroseconds: 0, cumulativeMicroseconds: 0, depth: 0, module: "")))
        }
        // Python 3.14 `-X importtime=2` prints `cached` for modules already loaded: not a timing.
        guard let selfTime = Double(parts[0].trimmingCharacters(in: .whitespaces)),
            let cumulative = Double(parts[1].trimmingCharacters(in: .whitespaces))
        else {
            return .ignored(.applicationOutput)
        }
        var name = Substring(parts[2])
        if name.hasPrefix(" ") { name = name.dropFirst() }
        let indent = name.prefix { $0 == " " }.count
        let module = name.dropFirst(indent).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !module.isEmpty else { return .malformed("import time line without a module name") }
        return .record(
            .importTime(
                ImportTimeLine(
                    isHeader: false, selfMicroseconds: selfTime, cumulativeMicroseconds: cumulative,
                    depth: indent / 2, module: module)))
    }
}
