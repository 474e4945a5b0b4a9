/// A failure the sandbox can inject instead of a normal answer (see ``SandboxConfiguration/faultRate``).
public enum SandboxFault: String, Sendable, Hashable, CaseIterable, Codable {
    /// `429 Too Many Requests` with a `Retry-After` header (``SandboxConfiguration/retryAfterSeconds``).
    case tooManyRequests
    /// `500 Internal Server Error` with an HTML page, as Assembla sends.
    case serverError
    /// `503 Service Unavailable`.
    case serviceUnavailable
    /// The connection is closed without any response bytes.
    case connectionReset
    /// Headers announce a `Content-Length` larger than the bytes sent, then the connection closes.
    case truncatedBody
}
