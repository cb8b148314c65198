import ArgumentParser
import ColdVizCore
import Foundation

extension ColdViz {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one row per invocation (and per failed init) as CSV, JSON lines or SQLite.",
            discussion: """
                Columns: record, function, method, python, memory, architecture, runtime_version, \
                log_group, log_stream, request_id, trace_id, timestamp, category, init_duration_ms, \
                restore_duration_ms, duration_ms, billed_duration_ms, memory_size_mb, max_memory_used_mb, \
                status, error_type, file, line (see the README). SQLite gets the tables `invocations` \
                (request_id is its key, so exporting the same logs twice adds nothing) and \
                `init_failures`, indexed on the dimensions.

                Exit status: 0 written; 1 nothing to export or the output cannot be written; \
                2 written but some input was unusable; 64 bad usage.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(help: "csv, jsonl or sqlite.")
        var format: ExportFormat

        @Option(name: .shortAndLong, help: "File to write (SQLite: created or added to).")
        var output: String

        func run() throws {
            let resolved = try input.resolve()
            let dataset = resolved.readDataset()
            Diagnostics.problems(dataset.problems)
            guard !dataset.invocations.isEmpty || !dataset.initFailures.isEmpty else {
                throw Diagnostics.fail("no invocation or failed init to export in \(resolved.paths.joined(separator: ", "))")
            }
            let rows = ExportRow.rows(LabeledDataset(dataset, labeler: resolved.labeler), labeler: resolved.labeler)
            switch format {
            case .csv: try OutputFile.write(RecordWriters.csv(rows), to: output)
            case .jsonl: try OutputFile.write(RecordWriters.jsonLines(rows), to: output)
            case .sqlite:
                do {
                    let added = try SQLiteExport.write(rows, to: output)
                    FileHandle.standardError.write(Data("\(output): \(added) new rows of \(rows.count)\n".utf8))
                } catch {
                    throw Diagnostics.fail("\(error)")
                }
            }
            if dataset.hasUnusableInput { throw ExitCode.unusableInput }
        }
    }
}

/// Formats of `export`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, jsonl, sqlite
}
