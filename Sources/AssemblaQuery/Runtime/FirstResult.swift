import Foundation

/// Resumes a continuation with the first result given; later ones are ignored. Used to race
/// a statement against its deadline.
final class FirstResult<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, Never>?
    private var resumed: [@Sendable () -> Void] = []
    private var done = false

    init(_ continuation: CheckedContinuation<Value, Never>) {
        self.continuation = continuation
    }

    /// Resumes with `value` if nothing did before; returns whether this call did.
    @discardableResult
    func resume(_ value: Value) -> Bool {
        lock.lock()
        guard let continuation else {
            lock.unlock()
            return false
        }
        self.continuation = nil
        done = true
        let actions = resumed
        resumed = []
        lock.unlock()
        continuation.resume(returning: value)
        for action in actions { action() }
        return true
    }

    /// Runs `action` once resumed (at once when already resumed).
    func onResume(_ action: @escaping @Sendable () -> Void) {
        lock.lock()
        if done {
            lock.unlock()
            action()
            return
        }
        resumed.append(action)
        lock.unlock()
    }
}

/// A cancellation that may be requested before the thing to cancel exists.
final class CancelLater: @unchecked Sendable {
    private let lock = NSLock()
    private var action: (@Sendable () -> Void)?
    private var fired = false

    /// Sets what to run on `fire()` (runs it at once if `fire()` came first).
    func set(_ action: @escaping @Sendable () -> Void) {
        lock.lock()
        if fired {
            lock.unlock()
            action()
            return
        }
        self.action = action
        lock.unlock()
    }

    /// Runs the action (now, or as soon as it is set).
    func fire() {
        lock.lock()
        fired = true
        let action = self.action
        lock.unlock()
        action?()
    }
}
