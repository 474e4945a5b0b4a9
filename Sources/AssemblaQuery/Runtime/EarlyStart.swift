import Foundation

/// A source stage run before the `space NAME` stage in front of it has its answer, on the
/// space an earlier run remembered under NAME (`Plan.earlyStart`, `Evaluator.startEarly`).
/// Its result is used only when the `space` stage's live output is equal to the one it was
/// started on — the same space, every field unchanged — otherwise it is cancelled and the
/// stage runs afresh; so a stale list costs requests, never an answer. Sources only read,
/// later stages (writes among them) wait for the check, and the warnings it would print
/// are held until it is used.
struct EarlyStart: Sendable {
    /// Warnings the early stage printed, held until it is used (dropped with it otherwise).
    final class Warnings: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []

        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    /// The stage started early.
    let index: Int
    /// What it was started on: the `space` stage's output picked from the remembered list.
    let input: PipelineValue
    let task: Task<Result<PipelineValue, Diagnostic>, Never>
    let warnings: Warnings

    /// Its result, once the live `space` stage gave `input`: its held warnings are printed
    /// with `warn` first. Cancelling the statement meanwhile cancels it (its task is not a
    /// child of the statement's, so the cancellation is passed on by hand).
    func adopt(warn: @Sendable (String) -> Void) async throws(Diagnostic) -> PipelineValue {
        let result = await withTaskCancellationHandler { await task.value } onCancel: { task.cancel() }
        for line in warnings.all { warn(line) }
        return try result.get()
    }

    /// Cancels it and waits for its requests to end; its warnings are dropped.
    func discard() async {
        task.cancel()
        _ = await task.value
    }
}
