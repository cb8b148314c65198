import Foundation

extension Baseline {
    /// Reads a baseline file written by ``renderJSON()``. Statistics are not read back: they are
    /// recomputed from the samples when needed. O(file size).
    public init(contentsOf path: String) throws(RegressionError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw .unreadableBaseline(path: path, reason: exists ? "permission denied or not a file" : "no such file")
        }
        try self.init(bytes: [UInt8](data), path: path)
    }

    /// Parses baseline JSON; `path` only names the source in errors.
    public init(bytes: [UInt8], path: String) throws(RegressionError) {
        let value: JSONValue
        do {
            value = try bytes.withUnsafeBytes { b throws(IngestPrimitiveError) in
                var s = JSONScanner(b)
                return try s.readValue()
            }
        } catch {
            throw .badBaseline(path: path, reason: "not valid JSON (\(error))")
        }
        func bad(_ reason: String) -> RegressionError { .badBaseline(path: path, reason: reason) }
        guard value["format"]?.stringValue == Self.formatName else {
            throw bad("`format` must be \"\(Self.formatName)\" (write one with `coldviz baseline`)")
        }
        guard let version = value["schemaVersion"]?.doubleValue, version == Double(Self.schemaVersion) else {
            throw bad("`schemaVersion` must be \(Self.schemaVersion), not \(value["schemaVersion"].map { "\($0)" } ?? "missing")")
        }
        guard let byValues = value["groupBy"]?.arrayValue else { throw bad("`groupBy` must be an array of dimensions") }
        var by: [Dimension] = []
        for v in byValues {
            guard let d = v.stringValue.flatMap(Dimension.init(rawValue:)) else {
                throw bad("`groupBy` holds `\(v)`, not a dimension")
            }
            by.append(d)
        }
        let probabilities = value["percentiles"]?.arrayValue?.compactMap(\.doubleValue) ?? Analyzer.defaultProbabilities
        guard let groupValues = value["groups"]?.arrayValue else { throw bad("`groups` must be an array") }
        var groups: [BaselineGroup] = []
        for (i, g) in groupValues.enumerated() {
            groups.append(try Self.parseGroup(g, index: i, by: by, bad: bad))
        }
        self.init(groupBy: by, probabilities: probabilities, groups: groups)
    }

    private static func parseGroup(
        _ g: JSONValue, index i: Int, by: [Dimension], bad: (String) -> RegressionError
    ) throws(RegressionError) -> BaselineGroup {
        var key: [String] = []
        for d in by {
            guard let v = g["key", d.rawValue]?.stringValue else { throw bad("groups[\(i)].key has no `\(d.rawValue)`") }
            key.append(v)
        }
        func count(_ name: String) throws(RegressionError) -> Int {
            // `Int(exactly:)`: a count beyond `Int`'s range (1.2e23) is refused, not a trap.
            guard let v = g[name]?.doubleValue, v >= 0, let n = Int(exactly: v) else {
                throw bad("groups[\(i)].\(name) must be a whole number of at least 0")
            }
            return n
        }
        func sample(_ name: String) throws(RegressionError) -> [Double] {
            guard let a = g["samples", name]?.arrayValue else {
                throw bad("groups[\(i)].samples.\(name) must be an array of numbers")
            }
            var out: [Double] = []
            out.reserveCapacity(a.count)
            for v in a {
                guard case .number(let x) = v, x.isFinite else {
                    throw bad("groups[\(i)].samples.\(name) holds `\(v)`, not a number")
                }
                out.append(x)
            }
            return out
        }
        let invocations = try count("invocations")
        let coldStarts = try count("coldStarts")
        let initDurations = try sample("initDuration")
        let durations = try sample("duration")
        guard coldStarts <= invocations else {
            throw bad("groups[\(i)] has more coldStarts (\(coldStarts)) than invocations (\(invocations))")
        }
        guard initDurations.count == coldStarts else {
            throw bad("groups[\(i)] has \(coldStarts) coldStarts but \(initDurations.count) init durations")
        }
        guard durations.count <= invocations else {
            throw bad("groups[\(i)] has \(durations.count) durations but only \(invocations) invocations")
        }
        var group = BaselineGroup(
            key: key, invocations: invocations, coldStarts: coldStarts,
            initDurationsMilliseconds: initDurations, durationsMilliseconds: durations)
        // Baselines written before costs were kept have none: the cost metric then finds no sample.
        if g["samples", "usdPerMillionInvocations"] != nil {
            group.costsUsdPerMillion = try sample("usdPerMillionInvocations")
            guard group.costsUsdPerMillion.count <= invocations else {
                throw bad("groups[\(i)] has \(group.costsUsdPerMillion.count) costs but only \(invocations) invocations")
            }
        }
        return group
    }
}
