import ArgumentParser
import ColdVizCore
import Foundation

/// Loads one side of a comparison: log exports, or a baseline file written by `coldviz baseline`.
enum ComparisonSides {
    /// Whether `path` is a coldviz baseline file (a JSON object naming the baseline format near
    /// its start).
    static func isBaselineFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let handle = FileHandle(forReadingAtPath: path)
        else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 512), as: UTF8.self)
        return head.drop(while: \.isWhitespace).hasPrefix("{") && head.contains("\"\(Baseline.formatName)\"")
    }

    /// Reads a baseline file; an unreadable or invalid file prints why and exits 2.
    static func readBaseline(_ path: String) throws -> Baseline {
        do {
            return try Baseline(contentsOf: path)
        } catch {
            throw Diagnostics.fail(error.description, .unusableInput)
        }
    }

    /// Reads log exports into a baseline grouped by `groupBy` (nil: analyze's default). Problems
    /// are printed on stderr; no invocation at all prints why and exits 2. `unreadable` is set
    /// when some file could not be read.
    static func readLogs(_ paths: [String], resolved: ResolvedInput, groupBy: [Dimension]?, unreadable: inout Bool) throws
        -> Baseline
    {
        var sides = resolved
        sides.paths = paths
        let dataset = sides.readDataset()
        Diagnostics.problems(dataset.problems)
        guard !dataset.invocations.isEmpty else {
            throw Diagnostics.fail(dataset.noInvocationsMessage(in: paths), .unusableInput)
        }
        if dataset.fileErrors > 0 { unreadable = true }
        return Baseline(dataset: dataset, labeler: resolved.labeler, groupBy: groupBy, pricing: resolved.pricing)
    }

    /// A side from `path`: a baseline file regrouped by `groupBy`, or logs grouped by it.
    static func read(_ path: String, resolved: ResolvedInput, groupBy: [Dimension]?, unreadable: inout Bool) throws -> Baseline {
        guard isBaselineFile(path) else {
            return try readLogs([path], resolved: resolved, groupBy: groupBy, unreadable: &unreadable)
        }
        let baseline = try readBaseline(path)
        return try regroup(baseline, by: groupBy)
    }

    /// `baseline` regrouped by `groupBy` (nil: as it is); a dimension it lacks prints why and exits 2.
    static func regroup(_ baseline: Baseline, by groupBy: [Dimension]?) throws -> Baseline {
        guard let groupBy else { return baseline }
        do {
            return try baseline.regrouped(by: groupBy)
        } catch .groupingNotInBaseline(let asked, let grouped) {
            throw Diagnostics.fail(
                "the baseline is grouped by \(grouped.map(\.rawValue).joined(separator: ",")), so `--by` can only use those "
                    + "dimensions, not \(asked.map(\.rawValue).joined(separator: ","))", .unusableInput)
        } catch {
            throw Diagnostics.fail(error.description, .unusableInput)
        }
    }

    /// Appends `markdown` to the file `GITHUB_STEP_SUMMARY` names, when it names one.
    static func appendStepSummary(_ markdown: String) {
        guard let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return }
        guard
            let handle = FileHandle(forWritingAtPath: path)
                ?? {
                    FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil
                }()
        else {
            Diagnostics.warning("cannot append to GITHUB_STEP_SUMMARY file \(path)")
            return
        }
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(Data((markdown + "\n").utf8))
    }
}
