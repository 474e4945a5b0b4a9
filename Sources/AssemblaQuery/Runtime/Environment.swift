import Foundation

/// A session's environment, shared by its statements: `let` variables, the `confirm on|off`
/// switch and the names seen in answers (for completion).
/// Guarded by a lock; statements of a session run one at a time.
final class Environment: @unchecked Sendable {
    private let lock = NSLock()
    private var variables: [String: PipelineValue] = [:]
    private var confirmWrites = true
    private var names = Set<String>()

    /// The value bound to `$name`.
    func variable(_ name: String) -> PipelineValue? {
        lock.withLock { variables[name] }
    }

    /// Binds `$name`.
    func bind(_ name: String, _ value: PipelineValue) {
        lock.withLock { variables[name] = value }
    }

    /// Every variable name.
    var variableNames: [String] {
        lock.withLock { variables.keys.sorted() }
    }

    /// Remembers names seen in answers (spaces, users, milestones) for completion.
    func remember(names seen: [String]) {
        lock.withLock { names.formUnion(seen) }
    }

    /// Names seen so far.
    var knownNames: [String] {
        lock.withLock { Array(names) }
    }

    /// Whether writes over several records and deletes ask first (`confirm on`, the default).
    var confirmsWrites: Bool {
        get { lock.withLock { confirmWrites } }
        set { lock.withLock { confirmWrites = newValue } }
    }
}
