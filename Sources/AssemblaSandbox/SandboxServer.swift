import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// A running Assembla-compatible server on loopback, serving the seeded data of
/// docs/ARCHITECTURE.md (Contract 1) over real HTTP.
///
/// ```swift
/// let server = try await SandboxServer.start(SandboxConfiguration())
/// // … point a client at server.baseURL (paths start with /v1) …
/// await server.stop()
/// ```
public final class SandboxServer: Sendable {
    /// The server's root URL, e.g. `http://127.0.0.1:54321` (no `/v1`: client paths start with it).
    public let baseURL: URL
    /// The port the server listens on (the ephemeral port chosen when the configuration said 0).
    public let port: Int
    /// The configuration the server was started with.
    public let configuration: SandboxConfiguration

    private let task: Task<Void, any Error>
    private let services: ServiceGroup
    private let log: RequestLog

    /// How long `stop()` lets requests in progress finish before cancelling them (a request
    /// held by a `silent` fault or long latency never finishes on its own).
    private static let gracePeriod: Duration = .seconds(2)

    private init(configuration: SandboxConfiguration, port: Int, baseURL: URL, task: Task<Void, any Error>,
                 services: ServiceGroup, log: RequestLog) {
        self.configuration = configuration
        self.port = port
        self.baseURL = baseURL
        self.task = task
        self.services = services
        self.log = log
    }

    /// Seeds the data, binds the listener and returns once the server accepts connections.
    /// - Parameter configuration: where to listen, data size, credentials, latency and faults.
    /// - Throws: ``SandboxError`` when the address cannot be bound or the request log file cannot be written.
    public static func start(_ configuration: SandboxConfiguration = SandboxConfiguration()) async throws -> SandboxServer {
        let store = SandboxStore(configuration: configuration)
        var accounts: [(credentials: SandboxCredentials, user: UserRecord)] = []
        if let alice = await store.user(login: "alice") { accounts.append((configuration.credentials, alice)) }
        if let watcher = await store.user(login: "watcher1") { accounts.append((configuration.watcherCredentials, watcher)) }
        let log = try RequestLog(path: configuration.requestLogPath)
        let responder = SandboxResponder(
            configuration: configuration, store: store, log: log,
            faults: FaultSchedule(configuration: configuration), routes: .standard, accounts: accounts)

        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            responder: responder,
            server: .http1(configuration: .init(additionalChannelHandlers: [FaultInjectionHandler()])),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? configuration.port)
                continuation.finish()
            },
            logger: Logger(label: "assembla-sandbox", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        // The application runs in a service group so `stop()` can shut it down gracefully:
        // cancelling the serving task while an accepted connection is still queued traps in
        // NIO ("Deinited NIOAsyncWriter without calling finish()", apple/swift-nio #3481).
        let services = ServiceGroup(configuration: .init(
            services: [app], logger: Logger(label: "assembla-sandbox", factory: { _ in SwiftLogNoOpLogHandler() })))
        let task = Task {
            defer { continuation.finish() }
            try await services.run()
        }
        var bound: Int?
        for await port in ports {
            bound = port
            break
        }
        guard let bound else {
            let reason: String
            switch await task.result {
            case .failure(let error): reason = "\(error)"
            case .success: reason = "the server stopped before listening"
            }
            throw SandboxError(message: "cannot listen on \(configuration.host):\(configuration.port): \(reason)")
        }
        // An IPv6 address goes in brackets in a URL (`http://[::1]:8080`).
        let host = configuration.host.contains(":") && !configuration.host.hasPrefix("[") ? "[\(configuration.host)]" : configuration.host
        guard let baseURL = URL(string: "http://\(host):\(bound)") else {
            await services.triggerGracefulShutdown()
            _ = await task.result
            throw SandboxError(message: "cannot form a URL from host \(configuration.host) and port \(bound)")
        }
        return SandboxServer(configuration: configuration, port: bound, baseURL: baseURL, task: task, services: services, log: log)
    }

    /// Every request served so far, in order (method, path, query, status or fault).
    public func requests() async -> [SandboxRequestRecord] { await log.records }

    /// Forgets the requests recorded so far.
    public func resetRequestLog() async { await log.reset() }

    /// Closes the listener and every kept-alive connection; returns once the port is free.
    /// Requests in progress get two seconds (`gracePeriod`) to finish, then are cancelled. Calling it again
    /// does nothing.
    public func stop() async {
        await services.triggerGracefulShutdown()
        let task = self.task
        let deadline = Task {
            try await Task.sleep(for: Self.gracePeriod)
            task.cancel()
        }
        _ = await task.result
        deadline.cancel()
    }

    /// Serves until the surrounding task is cancelled or the server fails.
    public func wait() async {
        _ = await task.result
    }
}
