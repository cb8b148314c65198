/// A group's values of the grouping's dimensions, in their order: `["image", "3.9"]` under
/// `method,python`. Missing values are `unknown`, as `Dimension.unknown`.
public struct GroupKey: Hashable, Sendable {
    /// One per dimension of the grouping, in its order.
    public var values: [String]

    /// The key of `values`, already in the grouping's order.
    public init(values: [String]) { self.values = values }

    /// The key of an invocation labelled `labels` under `dimensions`.
    public init(_ labels: [Dimension: String], by dimensions: [Dimension]) {
        values = dimensions.map { labels[$0] ?? Dimension.unknown }
    }

    /// `image / 3.9`: the group's name in charts and legends.
    public var name: String { values.joined(separator: " / ") }

    /// `method=image python=3.9`: the group in tables and messages.
    public func description(_ dimensions: [Dimension]) -> String {
        zip(dimensions, values).map { "\($0.rawValue)=\($1)" }.joined(separator: " ")
    }

    /// Natural order of the values, the first dimension first (`3.9` before `3.10`).
    public static func naturalLess(_ a: GroupKey, _ b: GroupKey) -> Bool {
        for (x, y) in zip(a.values, b.values) where x != y { return NaturalOrder.less(x, y) }
        return a.values.count < b.values.count
    }
}

/// Distinct group keys, each given a slot (0, 1, ...) in order of first appearance.
struct GroupSlots {
    private(set) var keys: [GroupKey] = []
    private var slotOfKey: [GroupKey: Int] = [:]

    /// The slot of `key`, a new one when it is first seen. O(1) expected.
    mutating func slot(_ key: GroupKey) -> Int {
        if let s = slotOfKey[key] { return s }
        keys.append(key)
        slotOfKey[key] = keys.count - 1
        return keys.count - 1
    }
}
