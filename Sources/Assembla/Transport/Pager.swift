/// Reads a paged list to its end: `page`/`per_page`, stopping at a 204, an empty page or a
/// short page — no silent cap. Page 1 is read alone (most lists fit in it); after that a
/// sliding window keeps `concurrency` pages in flight, launching the next page as each one
/// arrives, until a short page marks the end. Pages are joined in order, so results keep the
/// API's order. Requests made for a list of n items: at most ceil(n / pageSize) + concurrency.
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
        let first = try await fetch(endpoint.page(1, size: size))
        guard first.count >= size else { return first }
        var pages: [Int: [Element]] = [1: first]
        var lastPage = Int.max
        try await withThrowingTaskGroup(of: (Int, [Element]).self) { group in
            var next = 2
            func launch() {
                let page = next
                group.addTask { (page, try await fetch(endpoint.page(page, size: size))) }
                next += 1
            }
            for _ in 0..<max(1, concurrency) { launch() }
            while let (page, items) = try await group.next() {
                pages[page] = items
                if items.count < size { lastPage = min(lastPage, page) }
                if next < lastPage { launch() }
            }
        }
        var items: [Element] = []
        items.reserveCapacity(lastPage * size)
        for page in 1...lastPage { items += pages[page] ?? [] }
        return items
    }
}
