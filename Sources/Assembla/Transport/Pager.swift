/// Reads a paged list to its end: `page`/`per_page`, stopping at a 204, an empty page or a
/// short page — no silent cap. Page 1 is read alone (most lists fit in it); after that,
/// windows of `concurrency` pages are fetched at once and read in order, so results keep
/// the API's order and at most `concurrency` requests are in flight. Requests made for a
/// list of n items: at most ceil(n / pageSize) + concurrency.
struct Pager: Sendable {
    /// Items per page.
    var pageSize: Int
    /// Pages in flight at once.
    var concurrency: Int

    /// Every item of `endpoint`, in order.
    func readAll<Element>(
        _ endpoint: PagedEndpoint<Element>,
        fetch: @escaping @Sendable (Endpoint<[Element]>) async throws -> [Element]
    ) async throws -> [Element] {
        let size = max(1, pageSize)
        var items = try await fetch(endpoint.page(1, size: size))
        guard items.count >= size else { return items }
        var nextPage = 2
        let window = max(1, concurrency)
        while true {
            let pages = Array(nextPage..<(nextPage + window))
            let results = try await boundedMap(pages, limit: window) { try await fetch(endpoint.page($0, size: size)) }
            for page in results {
                items += page
                if page.count < size { return items }
            }
            nextPage += window
        }
    }
}
