import ArgumentParser

/// A setting's value parsed from text: the same parser for a flag and for coldviz.toml.
protocol SettingValue: SendableMetatype {
    /// What the text must do, for messages: "be auto or a whole number of at least 1".
    static var expected: String { get }
    /// The value `text` names; nil when it names none.
    init?(setting text: String)
}

extension SettingValue {
    /// Parses a flag's value (`@Option(transform:)`), or throws a message naming the flag.
    static func flag(_ name: String) -> @Sendable (String) throws -> Self {
        { text in
            guard let value = Self(setting: text) else {
                throw ValidationError("`\(name)` must \(expected), not `\(text)`.")
            }
            return value
        }
    }

    /// The flag's value, else the project file's `key` parsed (a message naming it when it names
    /// nothing), else nil.
    static func resolve(_ flag: Self?, project text: String?, key: String) throws -> Self? {
        if let flag { return flag }
        guard let text else { return nil }
        guard let value = Self(setting: text) else {
            throw ValidationError("`\(key)` in coldviz.toml must \(expected), not `\(text)`.")
        }
        return value
    }
}
