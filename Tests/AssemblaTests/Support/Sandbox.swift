import Assembla
import AssemblaSandbox
import Foundation

/// Runs a test body against a fresh sandbox on an ephemeral loopback port, with a client
/// authenticated as the sandbox's owner and fast retries.
enum Sandbox {
    static func run(
        _ configure: (inout SandboxConfiguration) -> Void = { _ in },
        client: (inout AssemblaConfiguration) -> Void = { _ in },
        _ body: (SandboxServer, AssemblaClient) async throws -> Void
    ) async throws {
        var configuration = SandboxConfiguration()
        configure(&configuration)
        let server = try await SandboxServer.start(configuration)
        var clientConfiguration = AssemblaConfiguration(
            credentials: .apiKey(key: configuration.credentials.key, secret: configuration.credentials.secret),
            baseURL: server.baseURL)
        clientConfiguration.retry = RetryPolicy(maxAttempts: 4, baseDelay: 0.01, maxDelay: 0.05)
        client(&clientConfiguration)
        let assembla = AssemblaClient(configuration: clientConfiguration)
        do {
            try await body(server, assembla)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The requests the sandbox served whose path starts with `prefix`.
    static func requests(_ server: SandboxServer, method: String? = nil, pathPrefix prefix: String = "/v1/") async -> [SandboxRequestRecord] {
        await server.requests().filter { ($0.method == method || method == nil) && $0.path.hasPrefix(prefix) }
    }
}

/// A transport that counts requests and the most in flight at once, around a real one.
final class CountingTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let state = Counter()

    init(wrapping base: any HTTPTransport = URLSessionTransport()) { self.base = base }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        await state.begin(request)
        defer { Task { await state.end() } }
        return try await base.send(request)
    }

    var maxInFlight: Int { get async { await state.maxInFlight } }
    var requests: [HTTPRequest] { get async { await state.requests } }

    actor Counter {
        var inFlight = 0
        var maxInFlight = 0
        var requests: [HTTPRequest] = []
        func begin(_ request: HTTPRequest) {
            inFlight += 1
            maxInFlight = max(maxInFlight, inFlight)
            requests.append(request)
        }
        func end() { inFlight -= 1 }
    }
}

/// Collects values handed to a `@Sendable` callback (request logs).
final class Collected<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value] = []
    func append(_ value: Value) { lock.lock(); values.append(value); lock.unlock() }
    var all: [Value] { lock.lock(); defer { lock.unlock() }; return values }
}
