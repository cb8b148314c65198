import ArgumentParser

@main
struct ColdViz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coldviz",
        abstract: "Cold-start statistics and charts from exported AWS Lambda logs and X-Ray traces."
    )
}
