import Foundation

/// Fixed slots that parallel workers fill at distinct indices.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> T? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    /// All slots, in order; every slot must have been filled.
    var values: [T] { lock.withLock { storage.map { $0! } } }

    /// All slots, in order, moved out (the slots are empty afterwards, so the values are not shared).
    func takeValues() -> [T] {
        lock.withLock {
            defer { storage = [] }
            return storage.map { $0! }
        }
    }
}

/// A counter shared by parallel workers.
final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    /// Adds one and returns the new value.
    func increment() -> Int {
        lock.withLock {
            value += 1; return value
        }
    }
}
