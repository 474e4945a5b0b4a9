/// One read of a paged list, handing out its pages in order as they arrive (see ``Pager``
/// for the rules that find the end). Pages past the next one to hand out are fetched ahead in
/// a window: while the page size is unknown it is page 1 alone (with ``ReadIntent/whole``,
/// pages 1 and 2, unless ``ListMemory`` knows that a short page 1 ends the list; or, when
/// ``ListMemory`` knows where the list ended last time, that many pages up to `concurrency`);
/// then it ramps in batches — refilled only once every page asked for was
/// handed out, 2, 4, … pages, or at once `concurrency` pages on a whole read — until a full
/// window of `concurrency` pages was handed out; from then on it slides: each page handed out
/// asks for the next, so `concurrency` requests stay in flight for as long as the list lasts.
/// A list that ends within the ramp costs only the batches (600 items at 100 a page: 7
/// requests, the last one empty); a longer one at most `concurrency - 1` requests past the
/// page that shows its end. With `concurrency` 1 (``ReadIntent/pageByPage``) nothing is
/// fetched ahead: a reader that stops early (`first 10`) costs no request it does not use.
/// At the end the requests already sent for pages past it are waited for (their pages
/// unused), so a finished read leaves nothing running; after a failure the requests still in
/// flight are cancelled and waited for; when the feed is dropped early no further page is
/// asked for; cancelling the reader cancels the requests in flight.
actor PageFeed<Element: Decodable & Sendable> {
    private let endpoint: PagedEndpoint<Element>
    private let fetch: @Sendable (Endpoint<[Element]>) async throws -> [Element]
    /// The `per_page` sent.
    private let requested: Int
    private let concurrency: Int
    /// Whether the reader reads to the end (page 2 with page 1, the full window at once).
    private let whole: Bool
    private let memory: ListMemory?
    /// The list's name in ``ListMemory``.
    private let listKey: String
    /// On a whole read, the page that showed the end of the list last time it was read:
    /// nothing past it is asked for until it arrives and does not end the list. It lets the
    /// first round ask for every page the list had (up to `concurrency`) with nothing past it.
    private var cap: Int?
    /// The page whose answer showed the end (empty, short, or a repeat of page 1).
    private var endShownAt: Int?
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
    /// Pages kept asked for from the cursor on (in flight or arrived, not yet handed out),
    /// once the page size is known.
    private var window = 1
    /// Whether the window grew since pages were last asked for.
    private var grew = false
    /// The last page of the first full window: once it is handed out the window slides.
    private var slidesAfter: Int?

    init(_ endpoint: PagedEndpoint<Element>, pageSize: Int, concurrency: Int, whole: Bool, memory: ListMemory?,
         fetch: @escaping @Sendable (Endpoint<[Element]>) async throws -> [Element]) {
        self.endpoint = endpoint
        self.fetch = fetch
        requested = pageSize
        self.concurrency = concurrency
        self.whole = whole && concurrency > 1
        self.memory = memory
        knownServed = min(memory?.largestPage(of: endpoint.kind) ?? 0, pageSize)
        listKey = endpoint.listKey(size: pageSize)
        cap = self.whole ? memory?.endPage(of: listKey).map { max(1, $0) } : nil
        // With the end known, the window slides from the first page handed out: the cap, not
        // a ramp, keeps it from asking past the end.
        if cap != nil { slidesAfter = 0 }
    }

    /// The next page (never empty), or nil after the last one.
    /// - Throws: the failure of a page's request; `CancellationError` when the reader is cancelled.
    func next() async throws -> [Element]? {
        while true {
            if let end, cursor >= end {
                if let shown = endShownAt {
                    memory?.record(endPage: shown, of: listKey)
                    endShownAt = nil
                }
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
                // The pages asked for after the one that failed are not wanted: cancelled, and
                // waited for, so a failed read leaves nothing running.
                let unwanted = inFlight.values
                inFlight = [:]
                for task in unwanted { task.cancel() }
                for task in unwanted { _ = await task.result }
                throw error
            }
            inFlight[cursor] = nil
            let page = cursor
            cursor += 1
            if accept(items, page: page) {
                // Handing a page out slides the window: the pages after it are asked for now,
                // not when the reader comes back. Not while the page size is unknown (page 2
                // after a short page 1 may never be wanted) or one page at a time.
                if concurrency > 1, pageSize != nil { launchWindow() }
                return items
            }
        }
    }

    /// Learns from page `page`; whether its items are handed out.
    private func accept(_ items: [Element], page: Int) -> Bool {
        memory?.record(items.count, for: endpoint.kind)
        defer {
            if end != nil, endShownAt == nil { endShownAt = page }
            // The list is longer than last time: the window is no longer held at the old end.
            if let cap, page >= cap, end == nil { self.cap = nil }
        }
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
        if pageSize != nil, window < concurrency, whole || launched < cursor {
            // The ramp: a whole read goes to the full window at once; otherwise the window
            // doubles each time every page asked for was handed out.
            window = whole ? concurrency : min(concurrency, window * 2)
            grew = true
        }
        return true
    }

    /// Asks for every page of the window not asked for yet, never past a known end: while
    /// the page size is unknown only the page the reader waits for (and page 2 with page 1 on
    /// a whole read when page 1 alone might not settle it); during the ramp `window` pages from the cursor once the window grew or
    /// every page asked for was handed out; once sliding, whenever a page was handed out.
    private func launchWindow() {
        var last = cursor
        if pageSize != nil {
            let sliding = slidesAfter.map { cursor > $0 } ?? false
            guard sliding || grew || launched < cursor else { return }
            last = cursor + window - 1
        } else if whole, let cap {
            // Every page the list had last time, at once (the window's worth).
            last = max(cursor, min(concurrency, cap))
        } else if whole, knownServed < requested {
            // A short page 1 would need page 2 to tell a short list from a server serving
            // shorter pages, so asking for it now costs nothing then and saves a round trip
            // for a long list.
            last = max(cursor, 2)
        }
        if let cap { last = min(last, max(cap, cursor)) }
        last = min(last, (end ?? Int.max) - 1)
        while launched < last {
            launched += 1
            inFlight[launched] = Self.request(launched, of: endpoint, size: requested, fetch: fetch)
        }
        grew = false
        if slidesAfter == nil, pageSize != nil, window == concurrency { slidesAfter = launched }
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
