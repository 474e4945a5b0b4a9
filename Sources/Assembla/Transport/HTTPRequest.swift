import Foundation

/// One HTTP request as the transports see it: a base URL, a `/v1/…` path, query items,
/// headers and an optional body. Credentials are added by ``AuthenticatingTransport`` at the
/// last moment and never stored in a value that is printed.
public struct HTTPRequest: Sendable, Hashable {
    /// The server root, e.g. `https://api.assembla.com` (no `/v1`).
    public var baseURL: URL
    /// The method.
    public var method: HTTPMethod
    /// The path, starting with `/v1/`.
    public var path: String
    /// Query items in the order they are sent.
    public var query: [URLQueryItem]
    /// Request headers (never logged).
    public var headers: [String: String]
    /// The JSON body, if any.
    public var body: Data?

    /// Creates a request.
    public init(
        baseURL: URL, method: HTTPMethod, path: String, query: [URLQueryItem] = [],
        headers: [String: String] = [:], body: Data? = nil
    ) {
        self.baseURL = baseURL
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The path with its percent-encoded query, e.g. `/v1/spaces/x/tickets?page=2&per_page=100`.
    public var pathAndQuery: String { Self.pathAndQuery(path, query) }

    /// `METHOD /path?query` — what errors and logs show (never credentials).
    public var summary: String { Self.summary(method, path, query) }

    static func pathAndQuery(_ path: String, _ query: [URLQueryItem]) -> String {
        guard !query.isEmpty else { return path }
        var components = URLComponents()
        components.queryItems = query
        return path + "?" + (components.percentEncodedQuery ?? "")
    }

    static func summary(_ method: HTTPMethod, _ path: String, _ query: [URLQueryItem]) -> String {
        "\(method.rawValue) \(pathAndQuery(path, query))"
    }

    /// The absolute URL this request goes to.
    public var url: URL? {
        var root = baseURL.absoluteString
        while root.hasSuffix("/") { root.removeLast() }
        return URL(string: root + pathAndQuery)
    }
}
