/// One read of a paged list, handing out its pages in order as they arrive (see ``Pager``
/// for the rules that find the end). Pages past the next one to hand out are fetched ahead
/// in growing batches — 2, 4, … up to `concurrency` pages, the next batch once the last one
/// is handed out — so a list's end is found with few requests past it (one for a short list,
/// at most `concurrency - 1` for a long one: 600 items at 100 a page cost 7 requests, not 12).
/// With `concurrency` 1 nothing is fetched ahead: a reader that stops early (`first 10`)
/// costs no request it does not use. At the end the requests already sent for pages past it are
/// waited for (their pages unused), so a finished read leaves nothing running; after a
/// failure, or when the feed is dropped early, no further page is asked for; cancelling the
/// reader cancels the requests in flight.
actor PageFeed<Element: Decodable & Sendable> {
    private let endpoint: PagedEndpoint<Element>
    private let fetch: @Sendable (Endpoint<[Element]>) async throws -> [Element]
    /// The `per_page` sent.
    private let requested: Int
    private let concurrency: Int
    private let memory: PageSizeMemory?
    /// A first page shorter than this ends the list (the server has served pages this long).
    private let knownServed: Int

    /// The page size the server serves, once known.
    private var pageSize: Int?
    /// The next page to hand out.
    private var cursor = 1
    /// The highest page asked for.
    private var launched = 0
    /// The first page number past the list, once known.
    private var end: Int?
    private var inFlight: [Int: Task<[Element], any Error>] = [:]
    private var firstPage: [Element] = []
    /// The size of the last batch of pages fetched ahead.
    private var batch = 1

    init(_ endpoint: PagedEndpoint<Element>, pageSize: Int, concurrency: Int, memory: PageSizeMemory?,
         fetch: @escaping @Sendable (Endpoint<[Element]>) async throws -> [Element]) {
        self.endpoint = endpoint
        self.fetch = fetch
        requested = pageSize
        self.concurrency = concurrency
        self.memory = memory
        knownServed = min(memory?.largestPage(of: endpoint.kind) ?? 0, pageSize)
    }

    /// The next page (never empty), or nil after the last one.
    /// - Throws: the failure of a page's request; `CancellationError` when the reader is cancelled.
    func next() async throws -> [Element]? {
        while true {
            if let end, cursor >= end {
                let pastEnd = inFlight.values
                inFlight = [:]
                for task in pastEnd { _ = await task.result }
                return nil
            }
            launchWindow()
            guard let task = inFlight[cursor] else { return nil }
            let items: [Element]
            do {
                items = try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
                try Task.checkCancellation()
            } catch {
                end = cursor
                if Task.isCancelled {
                    for task in inFlight.values { task.cancel() }
                    inFlight = [:]
                    throw CancellationError()
                }
                inFlight = [:]
                throw error
            }
            inFlight[cursor] = nil
            let page = cursor
            cursor += 1
            if accept(items, page: page) { return items }
        }
    }

    /// Learns from page `page`; whether its items are handed out.
    private func accept(_ items: [Element], page: Int) -> Bool {
        memory?.record(items.count, for: endpoint.kind)
        if items.isEmpty {
            end = page
            return false
        }
        if page == 1 {
            firstPage = items
        } else if Self.same(items, firstPage) {
            end = page
            return false
        }
        if let size = pageSize {
            if items.count < size { end = page + 1 }
        } else if page == 1 {
            if items.count >= requested {
                pageSize = items.count
            } else if items.count < knownServed {
                end = 2
            }
        } else {
            // Page 2 after a short page 1: the server cut page 1 to the length it serves.
            pageSize = firstPage.count
            if items.count < firstPage.count { end = page + 1 }
        }
        return true
    }

    /// Starts the next batch once every page asked for was handed out: the next page only
    /// while the page size is unknown, else 2, 4, … up to `concurrency` pages, never past a
    /// known end.
    private func launchWindow() {
        guard launched < cursor else { return }
        var ahead = 1
        if pageSize != nil, concurrency > 1 {
            batch = min(concurrency, batch * 2)
            ahead = batch
        }
        let last = min(cursor + ahead - 1, (end ?? Int.max) - 1)
        while launched < last {
            launched += 1
            inFlight[launched] = Self.request(launched, of: endpoint, size: requested, fetch: fetch)
        }
    }

    /// Whether two pages hold equal items (pages of items that are not `Equatable` never match).
    private static func same(_ page: [Element], _ other: [Element]) -> Bool {
        guard page.count == other.count else { return false }
        for (item, otherItem) in zip(page, other) {
            guard let item = item as? any Equatable, equal(item, otherItem) else { return false }
        }
        return true
    }

    private static func equal<Item: Equatable>(_ item: Item, _ other: Any) -> Bool {
        (other as? Item) == item
    }

    /// A task fetching one page (not isolated to the feed).
    private nonisolated static func request(
        _ page: Int, of endpoint: PagedEndpoint<Element>, size: Int,
        fetch: @escaping @Sendable (Endpoint<[Element]>) async throws -> [Element]
    ) -> Task<[Element], any Error> {
        Task { try await fetch(endpoint.page(page, size: size)) }
    }
}
