import Foundation

/// One HTTP response: status, headers (keys lower-cased) and body.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code.
    public var status: Int
    /// Headers with lower-cased names.
    public var headers: [String: String]
    /// The body bytes (empty for 204).
    public var body: Data
    /// How many attempts it took to get this response (set by ``RetryingTransport``).
    public var attempts: Int

    /// Creates a response; header names are lower-cased.
    public init(status: Int, headers: [String: String] = [:], body: Data = Data(), attempts: Int = 1) {
        self.status = status
        self.attempts = attempts
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.body = body
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The `Retry-After` header as seconds, when it is a number.
    public var retryAfterSeconds: Double? {
        headers["retry-after"].flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }
}
