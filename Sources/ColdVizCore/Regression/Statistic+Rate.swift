import ColdVizStats
import Foundation

extension Statistic {
    /// Parses a statistic's name (`Statistic(name:)`) or `rate`: the mean of the cold-start indicators.
    public init?(comparedName text: String) {
        if text.trimmingCharacters(in: .whitespaces).lowercased() == "rate" {
            self = .mean
        } else {
            self.init(name: text)
        }
    }
}
