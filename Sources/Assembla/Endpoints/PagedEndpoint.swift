import Foundation

/// A list endpoint that pages with `page` and `per_page`; the client reads it to the end (`assembla.send(_:)`).
public struct PagedEndpoint<Element: Decodable & Sendable>: Sendable {
    /// The list endpoint without paging parameters.
    public var base: Endpoint<[Element]>

    /// Wraps a list endpoint.
    init(_ base: Endpoint<[Element]>) { self.base = base }

    /// The endpoint of page `number` (from 1) with `size` items per page.
    func page(_ number: Int, size: Int) -> Endpoint<[Element]> {
        base.adding([URLQueryItem(name: "page", value: String(number)), URLQueryItem(name: "per_page", value: String(size))])
    }
}

extension Endpoint {
    /// A list endpoint (a 204 answer means an empty list).
    static func list<Element>(_ path: String, query: [URLQueryItem] = []) -> Endpoint<[Element]> where Response == [Element] {
        Endpoint(.get, path, query: query, emptyBody: .emptyList)
    }

}

extension PagedEndpoint {
    /// A paged list endpoint.
    static func paged(_ path: String, query: [URLQueryItem] = []) -> PagedEndpoint {
        PagedEndpoint(.list(path, query: query))
    }
}
