import Foundation

/// A value behind a lock, for the few bits of shared state that are read synchronously
/// (the configuration). Everything else that is mutable lives in actors.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// The current value.
    var current: Value {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    /// Changes the value under the lock.
    func update(_ change: (inout Value) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(&value)
    }
}
