import AssemblaQuery
import Foundation
import Synchronization
import LineEditing

/// Runs one REPL statement so that Ctrl-C gives the prompt back at once: the statement's
/// task is cancelled, and whatever it would still print is dropped (a request already on
/// the wire may take a moment to notice the cancellation).
enum InterruptibleRun {
    /// Runs `statement`; nil when Ctrl-C interrupted it.
    static func run(_ statement: String, session: Session) async -> RunResult? {
        let gate = OutputGate()
        session.output = { text in gate.write(text) }
        let outcome: RunResult? = await withCheckedContinuation { continuation in
            let once = ResumeOnce(continuation)
            let run = Task {
                let result = await session.run(source: statement, origin: .repl)
                once.resume(result)
            }
            Task {
                while !once.isResumed {
                    if Interrupts.take() {
                        gate.close()
                        run.cancel()
                        once.resume(nil)
                        return
                    }
                    try? await Task.sleep(for: .milliseconds(50))
                }
            }
        }
        return outcome
    }
}

/// Passes text to stdout until closed.
private final class OutputGate: Sendable {
    private let isOpen = Mutex(true)

    func write(_ text: String) {
        isOpen.withLock { open in
            if open { Console.standardOutput(text) }
        }
    }

    func close() {
        isOpen.withLock { $0 = false }
    }
}

/// Resumes a continuation with the first value given; later ones are ignored.
private final class ResumeOnce<Value: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<Value, Never>?>

    init(_ continuation: CheckedContinuation<Value, Never>) {
        self.continuation = Mutex(continuation)
    }

    var isResumed: Bool { continuation.withLock { $0 == nil } }

    func resume(_ value: Value) {
        let pending = continuation.withLock { current -> CheckedContinuation<Value, Never>? in
            defer { current = nil }
            return current
        }
        pending?.resume(returning: value)
    }
}
