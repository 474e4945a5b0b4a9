import Assembla
import Foundation
import Testing

/// Issue 8's "done when", the open seam: a user's own transport and middleware take part in
/// retries, and a foreign error comes back as an `AssemblaError` with the original underneath.
@Suite("A user's transport and middleware in the retry loop")
struct SeamTests {
    /// A link failure the transport knows happened before anything was sent.
    struct LinkDown: Error, RetryableError {
        var requestWasSent: Bool { false }
    }

    /// A failure of the user's own adapter, which the library knows nothing about.
    struct AdapterFailure: Error, Equatable {
        var code: Int
    }

    /// Fails the first attempt with `firstError`, then sends over the network.
    final class FlakyTransport: HTTPTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var sends = 0
        private let firstError: any Error
        private let network = URLSessionTransport()

        init(firstError: any Error) { self.firstError = firstError }

        var count: Int { lock.withLock { sends } }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let first = lock.withLock {
                sends += 1
                return sends == 1
            }
            if first { throw firstError }
            return try await network.send(request)
        }
    }

    /// Counts the attempts that pass through it and the statuses that come back.
    final class AttemptCounter: AssemblaMiddleware, @unchecked Sendable {
        private let lock = NSLock()
        private var attempts: [String] = []

        var all: [String] { lock.withLock { attempts } }

        func intercept(_ request: HTTPRequest,
                       next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
            lock.withLock { attempts.append(request.method.rawValue + " " + request.path) }
            return try await next(request)
        }
    }

    static func client(_ sandbox: SandboxProcess, transport: FlakyTransport, counter: AttemptCounter) -> AssemblaClient {
        sandbox.client {
            $0.transport = transport
            $0.middlewares = [counter]
            $0.retry = RetryPolicy(maxAttempts: 3, baseDelay: 0.01, maxDelay: 0.02)
        }
    }

    @Test("a RetryableError from the transport is retried through the middleware, and the read succeeds")
    func retryable() async throws {
        let sandbox = try SandboxProcess.start()
        defer { sandbox.stop() }
        let transport = FlakyTransport(firstError: LinkDown())
        let counter = AttemptCounter()
        let space = try await Self.client(sandbox, transport: transport, counter: counter).space(id: "big-project")
        #expect(space.name == "Big Project")
        #expect(transport.count == 2)
        #expect(counter.all == ["GET /v1/spaces/big-project", "GET /v1/spaces/big-project"])
    }

    @Test("a foreign error is not retried and comes back as AssemblaError with the original as `underlying`")
    func foreign() async throws {
        let sandbox = try SandboxProcess.start()
        defer { sandbox.stop() }
        let transport = FlakyTransport(firstError: AdapterFailure(code: 7))
        let counter = AttemptCounter()
        let client = Self.client(sandbox, transport: transport, counter: counter)
        let error = try await #require(throws: AssemblaError.self) { try await client.space(id: "big-project") }
        #expect(error.underlying as? AdapterFailure == AdapterFailure(code: 7))
        if case .transport(_, let attempts) = error.kind { #expect(attempts == 1) } else {
            Issue.record("expected a transport error, got \(error.kind)")
        }
        #expect(transport.count == 1 && counter.all.count == 1)
        // The client still works: the next read goes through.
        #expect(try await client.space(id: "big-project").name == "Big Project")
    }
}
