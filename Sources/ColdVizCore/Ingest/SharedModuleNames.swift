import Foundation

/// Module-name lists shared by all the files of a run: a file's first application log with module times
/// takes an equal list already held instead of keeping its own (an export tree holds a file per log
/// stream, each naming the same modules). Thread-safe.
final class SharedModuleNames: @unchecked Sendable {
    static let shared = SharedModuleNames()
    /// Distinct lists kept; the oldest is dropped for a new one beyond this.
    private static let capacity = 16
    private let lock = NSLock()
    private var lists: [[String]] = []

    /// A held list equal to `names`, or `names` itself, then held. O(lists × modules).
    func share(_ names: [String]) -> [String] {
        lock.withLock {
            if let equal = lists.first(where: { $0 == names }) { return equal }
            if lists.count == Self.capacity { lists.removeFirst() }
            lists.append(names)
            return names
        }
    }
}
