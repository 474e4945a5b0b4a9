/// The HTTP methods the Assembla v1 API uses.
public enum HTTPMethod: String, Sendable, Hashable, Codable {
    /// Reads; safe to repeat.
    case get = "GET"
    /// Creates; never repeated once it may have reached the server.
    case post = "POST"
    /// Updates; idempotent, so it may be retried.
    case put = "PUT"
    /// Deletes; idempotent, so it may be retried.
    case delete = "DELETE"

    /// Whether repeating the request cannot change the outcome (GET, PUT, DELETE).
    public var isIdempotent: Bool { self != .post }
}
