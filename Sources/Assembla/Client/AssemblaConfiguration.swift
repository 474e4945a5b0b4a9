import Foundation
#if Logging
import Logging
#endif

/// Everything the client can be told: where, who, how hard to try, how many requests at
/// once, caching and hooks. Read for every request, so changes through
/// ``AssemblaClient/configuration`` apply at once.
public struct AssemblaConfiguration: Sendable {
    /// Assembla's public API root.
    public static let defaultBaseURL = URL(string: "https://api.assembla.com")!

    /// Who the client is (nil sends no credentials).
    public var credentials: Credentials?
    /// The server root without `/v1` (default `https://api.assembla.com`).
    public var baseURL: URL
    /// Where ``credentials`` came from (`fromEnvironment` sets `.environment`); error texts name what to check.
    public var credentialsOrigin: CredentialsOrigin = .code
    /// Whether spaces start with their cache active (default true).
    public var useCache: Bool
    /// Pages or tool lists fetched at once (default 6; 1 = one request at a time). The
    /// connection pool is sized from it when the client is created (at least 8).
    public var maxConcurrentRequests: Int
    /// Items per page (`per_page`, default 100, the API's safe ceiling).
    public var pageSize: Int
    /// When and how to retry.
    public var retry: RetryPolicy
    /// Seconds before one request times out (default 30). Used when the transport is created.
    public var timeout: TimeInterval
    /// Receives every attempted request (method, path+query, status, duration; no headers).
    public var onRequest: (@Sendable (RequestLog) -> Void)?
    #if Logging
    /// Receives one record per attempt (with the `Logging` trait, on by default): `debug` for
    /// answers below 400, `info` for other 4xx, `notice` for 429 and 5xx, `warning` when no
    /// answer came; metadata `request-id` (per client, counting from 1), `method`, `path`
    /// (with query), `status`, `duration-ms`. Never headers, so never credentials.
    public var logger: Logger?
    #endif
    /// Replaces the network (tests, benchmarks); nil uses ``URLSessionTransport``. Errors it
    /// throws reach callers as ``AssemblaError`` (the original in ``AssemblaError/underlying``),
    /// retried when they conform to ``RetryableError``.
    public var transport: (any HTTPTransport)?
    /// Steps around every attempt of every request, outermost first (see ``AssemblaMiddleware``).
    public var middlewares: [any AssemblaMiddleware] = []
    /// Where hints from earlier runs are kept (nil, the default: none are kept). Hints only
    /// let reads start sooner — the spaces list as last read, which page ended each list —
    /// and are checked by the reads that use them (see ``HintStore``). Used when the client is
    /// created.
    public var hints: HintStore?
    /// Turns response bodies into models.
    public var decoder: any ResponseDecoding

    /// Creates a configuration; every parameter has a sensible default.
    public init(
        credentials: Credentials? = nil, baseURL: URL = AssemblaConfiguration.defaultBaseURL, useCache: Bool = true,
        maxConcurrentRequests: Int = 6, pageSize: Int = 100, retry: RetryPolicy = RetryPolicy(), timeout: TimeInterval = 30,
        transport: (any HTTPTransport)? = nil, decoder: any ResponseDecoding = JSONResponseDecoder(), hints: HintStore? = nil
    ) {
        self.credentials = credentials
        self.baseURL = baseURL
        self.useCache = useCache
        self.maxConcurrentRequests = maxConcurrentRequests
        self.pageSize = pageSize
        self.retry = retry
        self.timeout = timeout
        self.transport = transport
        self.decoder = decoder
        self.hints = hints
    }
}
