import ArgumentParser
import ColdVizCore
import ColdVizProject
import Foundation

extension ColdViz {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a commented coldviz.toml for this folder, with the inputs and label pattern it can infer.",
            discussion: "Exit status: 0 written; 1 coldviz.toml exists (use --force) or no log export was found."
        )

        @Flag(help: "Overwrite an existing coldviz.toml.")
        var force = false

        func run() throws {
            let path = ProjectConfig.fileName
            if FileManager.default.fileExists(atPath: path) && !force {
                throw Diagnostics.fail("\(path) exists; use --force to overwrite it")
            }
            let guess = ProjectInference.infer(folder: ".")
            guard !guess.inputs.isEmpty else {
                throw Diagnostics.fail(
                    "found no Lambda log export here (looked at \(guess.examined.joined(separator: ", "))); write \(path) by hand or run coldviz init where the exports are"
                )
            }
            try OutputFile.write(guess.toml, to: path)
            print("wrote \(path)")
            print("inputs: \(guess.inputs.joined(separator: ", "))")
            if let pattern = guess.labelPattern {
                print("label pattern: \(pattern) (matches \(guess.matchedFunctions) of \(guess.functions.count) function names)")
            } else {
                print("label pattern: none inferred; function names: \(guess.functions.prefix(5).joined(separator: ", "))")
            }
        }
    }
}
