/// Adds the credentials' headers to each request, last, just before the wrapped transport
/// sends it — and refuses (before sending anything) when the connection would expose them:
/// credentials go only over https, or over http to a loopback host.
public struct AuthenticatingTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let credentials: @Sendable () -> Credentials?

    /// Wraps `base`; `credentials` is read for every request (so configuration changes apply).
    public init(wrapping base: any HTTPTransport, credentials: @escaping @Sendable () -> Credentials?) {
        self.base = base
        self.credentials = credentials
    }

    /// Checks the destination, adds the headers and sends.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let credentials = credentials() else { return try await base.send(request) }
        if let reason = TransportSecurity.refusal(for: request.baseURL) {
            throw AssemblaError(.insecureTransport(reason: reason), request: request.summary)
        }
        var authenticated = request
        for (name, value) in credentials.headers { authenticated.headers[name] = value }
        return try await base.send(authenticated)
    }
}
