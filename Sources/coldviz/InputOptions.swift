import ArgumentParser
import ColdVizCore
import ColdVizProject
import Foundation

/// Flags shared by every command that reads logs.
struct InputOptions: ParsableArguments {
    @Argument(
        help:
            "Files and directories to read (directories recursively; gzip detected by content). None: the inputs of coldviz.toml."
    )
    var paths: [String] = []

    @Option(name: .customLong("config"), help: "Project file to read (default: ./coldviz.toml when no path is given).")
    var config: String?

    @Option(
        name: .customLong("input-format"),
        help: "Force a reader: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
        transform: InputFormat.flag("--input-format"))
    var inputFormat: InputFormat?

    @Option(
        name: .customLong("label-pattern"), help: "How function names encode dimensions (default: \(LabelPattern.study.text)).",
        transform: LabelPattern.flag("--label-pattern"))
    var labelPattern: LabelPattern?

    @Option(name: .customLong("labels"), help: "JSON or TOML file mapping function names or globs to dimension values.")
    var labelsFile: String?

    @Option(name: .customLong("function"), help: "Function name for inputs whose data and file name give none.")
    var function: String?

    @Option(
        name: .customLong("date"), help: "Date (YYYY-MM-DD, UTC) of lines prefixed with a bare HH:MM:SS clock time.",
        transform: DayArgument.flag("--date"))
    var date: DayArgument?

    @OptionGroup(title: "Bursts, deployments, proactive inits and cost") var timing: TimingOptions

    func validate() throws {
    }

    /// The project file in force: `--config`, or `./coldviz.toml` when no path is given and it exists.
    func projectConfig() throws -> ProjectConfig? {
        let path: String
        if let config {
            path = config
        } else if paths.isEmpty, FileManager.default.fileExists(atPath: ProjectConfig.fileName) {
            path = ProjectConfig.fileName
        } else {
            return nil
        }
        do { return try ProjectConfig(contentsOf: path) } catch {
            Diagnostics.emit(Diagnostic(error.problem))
            throw ExitCode.unusableInput
        }
    }

    /// Paths, labels and reading options from the flags, falling back to the project file.
    func resolve() throws -> ResolvedInput {
        let project = try projectConfig()
        let inputs = paths.isEmpty ? (project?.inputs ?? []) : paths
        guard !inputs.isEmpty else {
            throw ValidationError(
                project.map { "\($0.path) lists no `inputs`; give paths on the command line or add inputs = [\"logs/\"]" }
                    ?? "give at least one file or directory to read, or write a coldviz.toml with `coldviz init`")
        }
        var options = IngestOptions()
        options.inputFormat = try InputFormat.resolve(inputFormat, project: project?.inputFormat, key: "input_format") ?? .auto
        options.clockDateMilliseconds = try DayArgument.resolve(date, project: project?.date, key: "date")?.midnightMilliseconds
        let pattern = try labelPattern ?? LabelPattern(project?.labelPattern ?? LabelPattern.study.text)
        var rules = project?.labels ?? LabelRules()
        if let labelsFile {
            do { rules = try LabelRules(contentsOf: labelsFile) } catch { throw ValidationError("\(error)") }
        }
        options.proactiveGapMilliseconds = timing.proactiveGapMilliseconds(project)
        var labeler = Labeler(pattern: pattern, rules: rules, functionOverride: function ?? project?.function)
        labeler.time = timing.timeSettings(project)
        return ResolvedInput(paths: inputs, options: options, labeler: labeler, pricing: timing.pricing, project: project)
    }
}

/// What a command reads, after flags and the project file are combined.
struct ResolvedInput {
    var paths: [String]
    var options: IngestOptions
    var labeler: Labeler
    var pricing: Pricing
    var project: ProjectConfig?

    /// Reads the inputs with progress on a terminal, and builds the dataset.
    func readDataset() -> Dataset {
        let progress = Progress()
        PhaseTimer.lap("start")
        let dataset = StreamingBuilder.build(paths: paths, options: options) { progress.update("reading", $0, $1) }
        progress.finish()
        return dataset
    }
}
