import ArgumentParser
import ColdVizCore
import Foundation

/// Flags shared by every command that reads logs.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files and directories to read (directories recursively; gzip detected by content).")
    var paths: [String] = []

    @Option(name: .customLong("input-format"), help: "Force a reader: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var inputFormat: String = "auto"

    @Option(name: .customLong("label-pattern"), help: "How function names encode dimensions.")
    var labelPattern: String = LabelPattern.study.text

    @Option(name: .customLong("labels"), help: "JSON file mapping function names or globs to dimension values.")
    var labelsFile: String?

    @Option(name: .customLong("function"), help: "Function name for inputs whose data and file name give none.")
    var function: String?

    @Option(name: .customLong("date"), help: "Date (YYYY-MM-DD, UTC) of lines prefixed with a bare HH:MM:SS clock time.")
    var date: String?

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file or directory to read") }
        guard InputFormat(rawValue: inputFormat) != nil else {
            throw ValidationError("`--input-format` must be one of \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")), not `\(inputFormat)`.")
        }
        do { _ = try LabelPattern(labelPattern) } catch { throw ValidationError("\(error)") }
        if let date, Self.midnight(date) == nil {
            throw ValidationError("`--date` must be a date like 2024-03-04, not `\(date)`.")
        }
    }

    /// The ingest options these flags describe.
    var ingestOptions: IngestOptions {
        var o = IngestOptions()
        o.inputFormat = InputFormat(rawValue: inputFormat) ?? .auto
        o.clockDateMilliseconds = date.flatMap(Self.midnight)
        return o
    }

    /// The labeler these flags describe; throws a `ValidationError` for a bad labels file.
    func labeler() throws -> Labeler {
        let pattern = try LabelPattern(labelPattern)
        var rules = LabelRules()
        if let labelsFile {
            do { rules = try LabelRules(contentsOf: labelsFile) } catch { throw ValidationError("\(error)") }
        }
        return Labeler(pattern: pattern, rules: rules, functionOverride: function)
    }

    private static func midnight(_ text: String) -> Int64? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var s = text + "T00:00:00Z"
        return s.withUTF8 { Timestamp.parseMilliseconds(UnsafeRawBufferPointer($0)) }
    }
}
