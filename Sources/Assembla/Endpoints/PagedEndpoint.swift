import Foundation

/// A list endpoint that pages with `page` and `per_page`; the client reads it to the end
/// (`assembla.send(_:)`), whatever page size the server serves.
public struct PagedEndpoint<Element: Decodable & Sendable>: Sendable {
    /// The list endpoint without paging parameters.
    public var base: Endpoint<[Element]>
    /// The kind of list (`tickets`, `comments`, …): what ``ListMemory`` remembers page sizes by.
    var kind: String

    /// Wraps a list endpoint of kind `kind`.
    init(_ base: Endpoint<[Element]>, kind: String) {
        self.base = base
        self.kind = kind
    }

    /// The list read with `size` items per page, named by path and query (what ``ListMemory``
    /// remembers a list's end by): the same text for every read of the same list.
    func listKey(size: Int) -> String {
        let query = base.query.map { "\($0.name)=\($0.value ?? "")" }.joined(separator: "&")
        return "\(base.path)?\(query)&per_page=\(size)"
    }

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
    /// A paged list endpoint; `kind` names the kind of list (the same for every space).
    static func paged(_ path: String, kind: String, query: [URLQueryItem] = []) -> PagedEndpoint {
        PagedEndpoint(.list(path, query: query), kind: kind)
    }
}

extension PagedEndpoint {
    /// The same list (path, query, kind) with each item decoded as `Other`: a leaner type
    /// (``TicketIdentity``) reads it through the same pager without decoding what it ignores.
    func decoding<Other>(_: Other.Type) -> PagedEndpoint<Other> {
        PagedEndpoint<Other>(Endpoint<[Other]>(base.method, base.path, query: base.query, body: base.body,
                                               emptyBody: base.emptyBody), kind: kind)
    }
}
