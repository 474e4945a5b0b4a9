import Assembla
import AssemblaSandbox
import Foundation
import Testing

/// Issue 8 item 3: a custom transport and custom middlewares take part in retries; foreign
/// errors come out as `AssemblaError` with the original underneath.
@Suite("An open seam: middlewares, retryable errors, foreign errors")
struct SeamTests {
    struct Flaky: Error, RetryableError, CustomStringConvertible {
        var requestWasSent: Bool { false }
        var description: String { "flaky link" }
    }

    struct Broken: Error, CustomStringConvertible {
        var description: String { "broken adapter" }
    }

    /// Fails the first `failures` attempts with `error`, then sends through the real network.
    final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var remaining: Int
        private var calls = 0
        private let error: any Error
        private let network = URLSessionTransport()

        init(failures: Int, error: any Error) {
            remaining = failures
            self.error = error
        }

        var attempts: Int { lock.withLock { calls } }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let fail = lock.withLock {
                calls += 1
                remaining -= 1
                return remaining >= 0
            }
            if fail { throw error }
            return try await network.send(request)
        }
    }

    /// Counts attempts, stamps a header, and remembers whether it ever saw credentials.
    final class Recorder: AssemblaMiddleware, @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [HTTPRequest] = []
        private var failuresLeft: Int

        init(failFirst: Int = 0) { failuresLeft = failFirst }

        var requests: [HTTPRequest] { lock.withLock { seen } }

        func intercept(_ request: HTTPRequest,
                       next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
            let fail = lock.withLock {
                seen.append(request)
                failuresLeft -= 1
                return failuresLeft >= 0
            }
            if fail { throw Flaky() }
            var stamped = request
            stamped.headers["X-Attempt-Seen"] = "yes"
            var response = try await next(stamped)
            response.headers["X-Middleware"] = "recorder"
            return response
        }
    }

    static func client(_ server: SandboxServer, transport: any HTTPTransport, middlewares: [any AssemblaMiddleware],
                       attempts: Int = 3) -> AssemblaClient {
        let credentials = server.configuration.credentials
        var configuration = AssemblaConfiguration(credentials: .apiKey(key: credentials.key, secret: credentials.secret),
                                                  baseURL: server.baseURL)
        configuration.retry = RetryPolicy(maxAttempts: attempts, baseDelay: 0.01, maxDelay: 0.02)
        configuration.transport = transport
        configuration.middlewares = middlewares
        return AssemblaClient(configuration: configuration)
    }

    @Test("a custom transport's RetryableError is retried through the custom middleware, within maxAttempts")
    func retriedThroughMiddleware() async throws {
        try await Sandbox.run { server, _ in
            let transport = ScriptedTransport(failures: 2, error: Flaky())
            let outer = Recorder(), inner = Recorder()
            let assembla = Self.client(server, transport: transport, middlewares: [outer, inner])
            let space = try await assembla.space(named: "Big Project")
            #expect(space.name == "Big Project")
            #expect(transport.attempts == 3)
            #expect(outer.requests.count == 3, "every attempt passes through each middleware")
            #expect(inner.requests.count == 3)
            #expect(inner.requests.allSatisfy { $0.headers["X-Api-Key"] == nil && $0.headers["X-Api-Secret"] == nil },
                    "middlewares never see the credentials")
            let served = await server.requests()
            #expect(served.count == 1)
        }
    }

    @Test("a middleware's RetryableError is retried too")
    func middlewareFailureRetried() async throws {
        try await Sandbox.run { server, _ in
            let flaky = Recorder(failFirst: 2)
            let assembla = Self.client(server, transport: URLSessionTransport(), middlewares: [flaky])
            let me = try await assembla.me()
            #expect(me.login == "alice")
            #expect(flaky.requests.count == 3)
        }
    }

    @Test("a retryable foreign error past maxAttempts ends as AssemblaError with the original underneath")
    func retryableExhausted() async throws {
        try await Sandbox.run { server, _ in
            let transport = ScriptedTransport(failures: 10, error: Flaky())
            let assembla = Self.client(server, transport: transport, middlewares: [])
            do {
                _ = try await assembla.me()
                Issue.record("expected a failure")
            } catch let error as AssemblaError {
                #expect(error.kind == .transport(reason: "flaky link", attempts: 3))
                #expect(error.underlying is Flaky)
                #expect(transport.attempts == 3)
            }
        }
    }

    @Test("a foreign error that is not retryable is wrapped, not retried")
    func foreignWrapped() async throws {
        try await Sandbox.run { server, _ in
            let transport = ScriptedTransport(failures: 10, error: Broken())
            let assembla = Self.client(server, transport: transport, middlewares: [])
            let error = await #expect(throws: AssemblaError.self) { try await assembla.me() }
            #expect(error?.underlying is Broken)
            #expect(error?.request == "GET /v1/user")
            #expect(error.map { "\($0)" }?.contains("broken adapter") == true)
            #expect(transport.attempts == 1)
        }
    }
}
