import ColdVizCore
import Foundation
import TOMLKit

/// The text of a TOML file (`coldviz.toml`, a labels file), checked before TOMLKit parses it: TOML text
/// is UTF-8, toml++ (TOMLKit's parser) reads a C string (up to the first NUL) and aborts the process on a
/// table header that does not start with a name (`[` then a line break, `[[[`, `[é]`) and on an array
/// item that starts with `}` or a Unicode line break. Each of these is a syntax error with its line.
enum TOMLText {
    /// The text of the TOML file at `path`. O(n).
    static func read(path: String) throws(ConfigError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw .cannotRead(path: path) }
        let bytes = [UInt8](data)
        if let problem = problem(in: bytes) { throw .syntax(path: path, line: problem.line, message: problem.message) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of the TOML file at `path` (without a byte order mark) and its parsed table; syntax
    /// errors name their line.
    static func table(path: String) throws(ConfigError) -> (text: String, table: TOMLTable) {
        var text = try read(path: path)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        do {
            return (text, try TOMLTable(string: text))
        } catch let error as TOMLParseError {
            throw .syntax(path: path, line: error.source.begin.line, message: error.description)
        } catch {
            throw .syntax(path: path, line: 1, message: "\(error)")
        }
    }

    /// The first line that is not UTF-8 or holds a NUL, else the first place toml++ would abort on. O(n).
    static func problem(in bytes: [UInt8]) -> (line: Int, message: String)? {
        for (n, line) in bytes.split(separator: asciiNewline, omittingEmptySubsequences: false).enumerated() {
            if String(validating: line, as: UTF8.self) == nil { return (n + 1, "the line is not UTF-8 text") }
            if line.contains(0) { return (n + 1, "the line holds a NUL byte") }
        }
        var scan = AbortScan(bytes: bytes)
        return scan.problem()
    }
}

/// Reads TOML text as toml++ does as far as its aborts need: strings, comments, the arrays and inline
/// tables of values, and table headers (a `[` where a statement starts). Past toml++'s first error it
/// may differ from toml++, which then reads no further.
private struct AbortScan {
    let bytes: [UInt8]
    private var i = 0, line = 1

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func problem() -> (line: Int, message: String)? {
        // The open arrays and inline tables of the value being read, innermost last.
        var open: [UInt8] = [], atStatement = true
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count {
            switch bytes[i] {
            case asciiNewline:
                line += 1
                atStatement = open.isEmpty
            case asciiSpace, asciiTab, asciiReturn: break
            case UInt8(ascii: "#"): skipLine()
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                skipString()
                atStatement = false
            case UInt8(ascii: "[") where atStatement:
                if let message = headerProblem() { return (line, message) }
                skipLine()
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                open.append(bytes[i])
                atStatement = false
            case UInt8(ascii: "}") where open.last == UInt8(ascii: "["):
                return (line, "`}` inside an array")
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                _ = open.popLast()
                atStatement = false
            // U+0085, U+2028 and U+2029 (toml++ takes them for whitespace; the text is UTF-8, so their bytes follow).
            case 0xC2 where bytes[i + 1] == 0x85, 0xE2 where bytes[i + 1] == 0x80 && (bytes[i + 2] | 1) == 0xA9:
                return (line, "a Unicode line break outside a string or comment")
            default: atStatement = false
            }
            i += 1
        }
        return nil
    }

    /// Moves `i` to the last byte before the next line break.
    private mutating func skipLine() {
        while i + 1 < bytes.count, bytes[i + 1] != asciiNewline { i += 1 }
    }

    /// Moves `i` from the quote opening a string to its last byte (or to the byte before the line break
    /// that ends an unclosed one-line string), counting the lines of a multi-line string.
    private mutating func skipString() {
        let quote = bytes[i]
        let multiLine = isQuote(quote, at: i + 1) && isQuote(quote, at: i + 2)
        if multiLine { i += 2 }
        while i + 1 < bytes.count {
            i += 1
            switch bytes[i] {
            case UInt8(ascii: "\\") where quote == UInt8(ascii: "\""):
                // The escaped byte (a line break, after a backslash that ends a line) is skipped.
                if i + 1 < bytes.count {
                    i += 1
                    if bytes[i] == asciiNewline { line += 1 }
                }
            case asciiNewline:
                guard multiLine else {
                    i -= 1
                    return
                }
                line += 1
            case quote:
                guard multiLine else { return }
                guard isQuote(quote, at: i + 1) && isQuote(quote, at: i + 2) else { continue }
                // Up to two more quotes are the string's own.
                i += 2
                for _ in 0..<2 where isQuote(quote, at: i + 1) { i += 1 }
                return
            default: continue
            }
        }
    }

    private func isQuote(_ quote: UInt8, at j: Int) -> Bool { j < bytes.count && bytes[j] == quote }

    /// Why toml++ would abort on the header whose `[` is at `i`, or nil when it reads it (or reports
    /// what is wrong with it itself).
    private func headerProblem() -> String? {
        var j = i + 1
        if j < bytes.count, bytes[j] == UInt8(ascii: "[") { j += 1 }
        while j < bytes.count, bytes[j] == asciiSpace || bytes[j] == asciiTab { j += 1 }
        guard j < bytes.count else { return nil }
        switch bytes[j] {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"):
            return nil
        case asciiNewline, asciiReturn:
            return "a table header must start with a name, not a line break"
        default:
            let found = String(decoding: bytes[j..<min(j + 4, bytes.count)], as: UTF8.self).unicodeScalars.first!
            return "a table header must start with a name, not `\(found)`"
        }
    }
}

private let asciiSpace: UInt8 = 0x20
private let asciiTab: UInt8 = 0x09
private let asciiNewline: UInt8 = 0x0A
private let asciiReturn: UInt8 = 0x0D
