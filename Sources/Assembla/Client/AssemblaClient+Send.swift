import Foundation

extension AssemblaClient {
    /// Sends an endpoint the library does not model, with the client's credentials, retries,
    /// logging and error mapping, and decodes the answer as `Response`.
    ///
    /// ```swift
    /// struct WikiPage: Decodable, Sendable { let id: String; let pageName: String }
    /// let page = try await assembla.send(Endpoint<WikiPage>(.get, path: "/v1/spaces/\(id)/wiki_pages/Home"))
    /// try await assembla.send(Endpoint<NoContent>(.delete, path: "/v1/spaces/\(id)/wiki_pages/Old"))
    /// ```
    @discardableResult
    public func send<Response>(_ endpoint: Endpoint<Response>) async throws -> Response {
        try await core.send(endpoint)
    }

    /// Reads every page of a paged list the library does not model.
    ///
    /// ```swift
    /// let documents = try await assembla.send(PagedEndpoint<Document>(path: "/v1/spaces/\(id)/documents"))
    /// ```
    public func send<Element>(_ endpoint: PagedEndpoint<Element>) async throws -> [Element] {
        try await core.readAll(endpoint)
    }

    /// A paged list the library does not model, as it arrives (see ``Paged``).
    ///
    /// ```swift
    /// for try await document in assembla.paged(PagedEndpoint<Document>(path: "/v1/spaces/\(id)/documents")) { … }
    /// ```
    public func paged<Element>(_ endpoint: PagedEndpoint<Element>) -> Paged<Element> {
        core.paged(endpoint)
    }
}

extension Endpoint {
    /// An endpoint: method, a path starting with `/v1/`, query items and an optional JSON body.
    /// A `NoContent` endpoint accepts an empty answer (204); others need a body.
    public init(_ method: HTTPMethod, path: String, query: [URLQueryItem] = [], body: Data? = nil) {
        self.init(method, path, query: query, body: body, emptyBody: Response.self == NoContent.self ? .nothing : .invalid)
    }
}

extension PagedEndpoint {
    /// A list read page by page (`page`, `per_page`); a 204 or empty page ends it.
    public init(path: String, query: [URLQueryItem] = []) {
        self.init(.list(path, query: query), kind: path)
    }
}
