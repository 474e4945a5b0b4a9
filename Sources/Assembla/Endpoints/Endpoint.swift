import Foundation

/// One API call as a small value: method, `/v1/…` path, query, optional JSON body and the
/// type of the answer. Resources build these in `Endpoints/<Resource>Endpoints.swift`.
public struct Endpoint<Response: Decodable & Sendable>: Sendable {
    /// The method.
    public var method: HTTPMethod
    /// The path, starting with `/v1/`.
    public var path: String
    /// Query items.
    public var query: [URLQueryItem]
    /// The JSON body.
    public var body: Data?
    /// Whether the answer is a list whose "nothing" is a 204 (decoded as empty).
    var emptyBody: EmptyBodyMeaning

    /// Creates an endpoint.
    init(_ method: HTTPMethod, _ path: String, query: [URLQueryItem] = [], body: Data? = nil,
         emptyBody: EmptyBodyMeaning = .invalid) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.emptyBody = emptyBody
    }

    /// `METHOD /path?query` (for errors).
    var summary: String { HTTPRequest.summary(method, path, query) }

    /// The same endpoint with more query items.
    func adding(_ items: [URLQueryItem]) -> Endpoint {
        var copy = self
        copy.query += items
        return copy
    }
}

/// What an empty (204 or zero-length) success body means for an endpoint.
enum EmptyBodyMeaning: Sendable {
    /// A list with nothing in it (Assembla answers 204 instead of `[]`).
    case emptyList
    /// Nothing was expected (PUT/DELETE answer 204).
    case nothing
    /// A body was required.
    case invalid
}

/// The answer of calls that return nothing (204 updates and deletes).
public struct NoContent: Decodable, Sendable, Hashable {
    /// Creates the empty answer.
    public init() {}
    /// Ignores any body (some servers answer `{}`).
    public init(from decoder: any Decoder) throws {}
}

extension Endpoint where Response == NoContent {
    /// An endpoint whose success answer carries nothing.
    init(nothing method: HTTPMethod, _ path: String, body: Data? = nil) {
        self.init(method, path, body: body, emptyBody: .nothing)
    }
}

/// Path segments are percent-encoded (names like `big project` or logins with `@`).
func pathSegment(_ value: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "/?#")
    return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
}
