/// Sends one HTTP request and returns the response. Any status is a response; only
/// network failures throw (as ``AssemblaError``, or `CancellationError`).
///
/// Middlewares (auth, retry, logging) are transports that wrap another transport, so tests
/// and benchmarks can put a counting or scripted transport underneath.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the server's response.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
