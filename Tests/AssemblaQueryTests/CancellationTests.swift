import AssemblaSandbox
import Foundation
@testable import AssemblaQuery
import Testing

/// Cancelling a running statement (Ctrl-C in the REPL) stops its requests instead of letting
/// them finish in the background: with a slow server, the statement ends as cancelled, not
/// with a result that arrived after the latency.
@Suite("Cancelling a statement")
struct StatementCancellationTests {
    @Test("a cancelled statement fails as cancelled", arguments: [
        "me", "spaces", "space \"Big Project\" | tickets | count", "space \"Big Project\" | users",
    ])
    func cancelled(source: String) async throws {
        var sandbox = SandboxConfiguration()
        sandbox.latency = .seconds(3)
        try await SandboxHarness.with(sandbox: sandbox) { h in
            let run = Task { await h.run(source) }
            try await Task.sleep(for: .milliseconds(200))
            run.cancel()
            let (result, output) = await run.value
            guard case .failed(let failure) = result else {
                Issue.record("ran to the end after cancellation: \(output)")
                return
            }
            #expect(failure.rendered.contains("cancelled"))
        }
    }
}
