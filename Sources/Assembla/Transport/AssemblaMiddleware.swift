/// A step around every attempt of every request, in the shape of swift-openapi-runtime's
/// `ClientMiddleware`: look at or change the request, call `next` (the rest of the chain
/// and the transport) zero or more times, look at or change the response, or throw.
///
/// Middlewares run inside the retry loop (each attempt passes through them, and an error
/// they throw that conforms to ``RetryableError`` is retried like a network failure) and
/// before the credentials are added (a middleware never sees them). The first middleware in
/// ``AssemblaConfiguration/middlewares`` is the outermost.
///
/// ```swift
/// struct RequestID: AssemblaMiddleware {
///     func intercept(_ request: HTTPRequest,
///                    next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
///         var request = request
///         request.headers["X-Request-Id"] = UUID().uuidString
///         return try await next(request)
///     }
/// }
/// configuration.middlewares = [RequestID()]
/// ```
public protocol AssemblaMiddleware: Sendable {
    /// Handles one attempt of `request`; `next` sends it on.
    func intercept(_ request: HTTPRequest,
                   next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse
}

/// Runs the configured middlewares (read for every request) around a transport.
struct MiddlewareTransport: HTTPTransport {
    let base: any HTTPTransport
    let middlewares: @Sendable () -> [any AssemblaMiddleware]

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try await Self.run(request, middlewares()[...], base)
    }

    private static func run(_ request: HTTPRequest, _ chain: ArraySlice<any AssemblaMiddleware>,
                            _ base: any HTTPTransport) async throws -> HTTPResponse {
        guard let first = chain.first else { return try await base.send(request) }
        let rest = chain.dropFirst()
        return try await first.intercept(request) { try await run($0, rest, base) }
    }
}
