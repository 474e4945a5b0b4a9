import Foundation

/// Everything that shapes one sandbox server: where it listens, how big its data is,
/// which credentials it accepts, and which latency and faults it injects.
///
/// ```swift
/// var config = SandboxConfiguration()
/// config.ticketCount = 10_000
/// config.latency = .milliseconds(20)
/// config.faultRate = 0.1
/// let server = try await SandboxServer.start(config)
/// ```
public struct SandboxConfiguration: Sendable {
    /// The address to bind; loopback by default.
    public var host: String = "127.0.0.1"
    /// The port to bind; `0` picks a free ephemeral port (read it back from ``SandboxServer/port``).
    public var port: Int = 0
    /// How many tickets "Big Project" holds, numbered 1…`ticketCount` (default 400).
    public var ticketCount: Int = 400
    /// A delay applied to every request before it is answered (default none).
    public var latency: Duration = .zero
    /// The fraction of requests, 0…1, that get a fault from ``faults`` instead of an answer.
    public var faultRate: Double = 0
    /// The faults to choose from (uniformly, deterministically from ``faultSeed``).
    public var faults: [SandboxFault] = SandboxFault.allCases
    /// The seed of the fault schedule: the same seed and request order give the same faults.
    public var faultSeed: UInt64 = 42
    /// The HTTP methods faults apply to (e.g. `["GET"]`); `nil` means every method.
    public var faultMethods: Set<String>? = nil
    /// The value of the `Retry-After` header sent with an injected 429, in seconds.
    public var retryAfterSeconds: Int = 1
    /// The owner's credentials (user `alice`, owner of every space).
    public var credentials: SandboxCredentials = .owner
    /// The watcher's credentials (user `watcher1`, a watcher in Big Project: writes there get 403).
    public var watcherCredentials: SandboxCredentials = .watcher
    /// The largest page any list endpoint serves (default 100): a `per_page` above it, and an
    /// endpoint's default page size above it, are cut down to it, as a server with a lower
    /// limit than the client asks for would do. Lists that are unpaged by default stay whole
    /// when neither `page` nor `per_page` is given. Values below 1 count as 1.
    public var maxPerPage: Int = 100
    /// Extra users (`member001`, `member002`, …) seeded as members of Big Project, after
    /// every other seeded record (so the rest of the data is unchanged); default none.
    public var extraMemberCount: Int = 0
    /// The "now" the seeded dates are relative to; `nil` means the server's start time.
    /// Two servers with the same reference date serve byte-identical data.
    public var referenceDate: Date? = nil
    /// A file that gets one line per request answered, appended as it is answered (created if
    /// missing): `METHOD /path?sorted=query STATUS`, e.g. `GET /v1/spaces/big-project/tickets?page=2&per_page=100 200`
    /// (an injected fault adds ` fault=NAME`). For processes outside the server's own process,
    /// which cannot call ``SandboxServer/requests()``; `nil` (the default) writes nothing.
    public var requestLogPath: String? = nil

    /// Creates the default configuration: 127.0.0.1, ephemeral port, 400 tickets, no latency, no faults.
    public init() {}
}
