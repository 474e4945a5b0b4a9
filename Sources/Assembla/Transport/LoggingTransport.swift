/// Reports each attempt (method, path+query, status, duration — never headers) to a sink.
public struct LoggingTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let sink: @Sendable () -> (@Sendable (RequestLog) -> Void)?

    /// Wraps `base`; `sink` is read for every request, and nil means "do not log".
    public init(wrapping base: any HTTPTransport, sink: @escaping @Sendable () -> (@Sendable (RequestLog) -> Void)?) {
        self.base = base
        self.sink = sink
    }

    /// Sends and reports.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let log = sink() else { return try await base.send(request) }
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await base.send(request)
            log(RequestLog(method: request.method, path: request.pathAndQuery, status: response.status,
                           duration: clock.now - start))
            return response
        } catch {
            let reason = (error as? AssemblaError)?.explanation ?? "cancelled"
            log(RequestLog(method: request.method, path: request.pathAndQuery, status: nil,
                           duration: clock.now - start, failure: reason))
            throw error
        }
    }
}
