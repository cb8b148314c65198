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

    /// All slots, in order, moved out (the slots are empty afterwards, so the values are not shared).
    func takeValues() -> [T] {
        lock.withLock {
            defer { storage = [] }
            return storage.map { $0! }
        }
    }
}

/// `body(i)` for every `i` in `0..<count`, run on all cores; the results in index order.
func concurrentMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let slots = ResultSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { slots[$0] = body($0) }
    return slots.takeValues()
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
