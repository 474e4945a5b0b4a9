import Assembla
import AssemblaSandbox
import Foundation
@testable import AssemblaQuery
import Testing

/// A session over a fresh sandbox on an ephemeral loopback port, collecting output.
struct SandboxHarness {
    let server: SandboxServer
    let session: Session
    let collected: Collected

    /// Output written by the session, in order.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        private var errorText = ""
        private var questions: [String] = []

        func append(_ piece: String) { lock.withLock { text += piece } }
        func appendError(_ piece: String) { lock.withLock { errorText += piece } }
        /// What went to standard error (warnings, `(no results)`).
        var errors: String { lock.withLock { errorText } }
        func asked(_ question: String) { lock.withLock { questions.append(question) } }
        var output: String { lock.withLock { text } }
        var asked: [String] { lock.withLock { questions } }
        func reset() { lock.withLock { text = ""; errorText = "" } }
    }

    /// Starts a sandbox and a session over it, runs `body`, then stops the sandbox.
    static func with(_ options: SessionOptions = SessionOptions(), answer: Bool = false,
                     sandbox: SandboxConfiguration = SandboxConfiguration(),
                     key: String = "sandbox-key", secret: String = "sandbox-secret",
                     _ body: (SandboxHarness) async throws -> Void) async throws {
        let server = try await SandboxServer.start(sandbox)
        let client = AssemblaClient(credentials: .apiKey(key: key, secret: secret), baseURL: server.baseURL)
        let session = Session(client: client, options: options)
        let collected = Collected()
        session.output = { collected.append($0) }
        session.errorOutput = { collected.appendError($0) }
        session.confirm = { question in
            collected.asked(question)
            return answer
        }
        let harness = SandboxHarness(server: server, session: session, collected: collected)
        do {
            try await body(harness)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// Runs source and returns its result and everything it printed.
    @discardableResult
    func run(_ source: String, origin: RunOrigin = .commandLine) async -> (result: RunResult, output: String) {
        collected.reset()
        let result = await session.run(source: source, origin: origin)
        return (result, collected.output)
    }

    /// Runs source that must succeed; returns what it printed.
    @discardableResult
    func output(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async -> String {
        let (result, output) = await run(source)
        if case .failed(let failure) = result {
            Issue.record("`\(source)` failed:\n\(failure.rendered)", sourceLocation: sourceLocation)
        }
        return output
    }

    /// Runs source that must fail; returns the failure.
    func failure(_ source: String, origin: RunOrigin = .commandLine, sourceLocation: Testing.SourceLocation = #_sourceLocation) async -> RunFailure? {
        let (result, _) = await run(source, origin: origin)
        guard case .failed(let failure) = result else {
            Issue.record("`\(source)` should have failed", sourceLocation: sourceLocation)
            return nil
        }
        return failure
    }

    /// A count statement's number.
    func count(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async -> Int {
        let text = await output(source, sourceLocation: sourceLocation)
        guard let number = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            Issue.record("`\(source)` printed \(text), not a number", sourceLocation: sourceLocation)
            return -1
        }
        return number
    }

    /// What the last `run` wrote to standard error.
    var errors: String { collected.errors }

    /// Requests the sandbox served since the last reset.
    func requests() async -> [SandboxRequestRecord] { await server.requests() }
}
