/// Ticket lists read page by page with what the server can do for us (report, numbers,
/// order, milestone), for callers that stop early or fold as pages arrive.
extension SpaceHandle {
    /// The tickets `query` selects, as pages in the server's order. When the space's cache
    /// holds the whole ticket list the pages come from memory (no request), selected and
    /// ordered by the same rules as the server's. `window`: pages read ahead of the consumer.
    public func ticketPages(_ query: TicketListQuery = TicketListQuery(), window: Int) async -> PageSequence<TicketHandle> {
        let size = core.configuration.pageSize
        if let all: [Ticket] = await cache.peek(.tickets) {
            return .inMemory(query.answer(from: all).map { TicketHandle(record: $0, space: self) }, pageSize: size)
        }
        let endpoint = query.endpoint(space: record.id)
        return PageSequence(pageSize: size, window: window) { [core, self] page, size in
            try await core.send(endpoint.page(page, size: size)).map { TicketHandle(record: $0, space: self) }
        }
    }

    /// Whether the cache holds the whole ticket list (then `ticketPages` sends nothing).
    public func holdsTickets() async -> Bool {
        let all: [Ticket]? = await cache.peek(.tickets)
        return all != nil
    }
}

extension AssemblaClient {
    /// The spaces list when the cache holds it (never sends a request; for `explain`).
    public func cachedSpaces() async -> [SpaceHandle]? {
        guard let records: [Space] = await core.caches.root.peek(.spaces) else { return nil }
        var handles: [SpaceHandle] = []
        for record in records { handles.append(await handle(for: record)) }
        return handles
    }
}
