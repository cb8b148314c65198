/// A JSON value. Objects keep key order and allow duplicate keys (first wins on lookup).
///
/// Numbers are `Double` (epoch milliseconds up to 2^53 are exact). Strings are decoded, with invalid UTF-8
/// and lone surrogates replaced by U+FFFD.
enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, correctly rounded to the nearest `Double`.
    case number(Double)
    /// A string with escapes decoded.
    case string(String)
    /// An array, in document order.
    case array([JSONValue])
    /// An object, members in document order.
    case object(JSONObject)
}

/// The members of a JSON object in document order, duplicates kept.
struct JSONObject: Sendable, Equatable {
    /// Members in document order; a key may occur more than once.
    var members: [(key: String, value: JSONValue)]

    /// An object with `members` in the given order.
    init(members: [(key: String, value: JSONValue)] = []) {
        self.members = members
    }

    /// The value of the first member named `key`, or nil. O(number of members).
    subscript(key: String) -> JSONValue? {
        for member in members where member.key == key {
            return member.value
        }
        return nil
    }

    /// The keys in document order, duplicates included. O(number of members).
    var keys: [String] { members.map(\.key) }

    /// Equal when both have the same members in the same order. O(size of both).
    static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        for (left, right) in zip(lhs.members, rhs.members) where left.key != right.key || left.value != right.value {
            return false
        }
        return true
    }
}
