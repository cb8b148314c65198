import ArgumentParser
import ColdVizCore

@main
struct ColdViz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coldviz",
        abstract: "Cold-start statistics and charts from exported AWS Lambda logs and X-Ray traces.",
        discussion: """
            Reads CloudWatch Logs exports offline (text renderings, aws logs JSON, S3 export trees, \
            subscription payloads, Lambda JSON log format, Logs Insights results), gzip or not. \
            Start with `coldviz analyze logs/`.
            """,
        version: ColdVizVersion.current,
        subcommands: [
            Analyze.self, Plot.self, Report.self, Export.self, BaselineCommand.self, Check.self, Compare.self, Init.self,
            Synth.self, Query.self,
        ]
    )

    /// Sets up the allocator for large inputs, then runs the command the arguments name.
    static func main() {
        AllocatorTuning.returnLargeBlocksWhenFreed()
        main(nil)
    }
}

/// coldviz's dimensions, not Foundation's unit `Dimension`.
typealias Dimension = ColdVizCore.Dimension
