/// Ticket lists read page by page with the read-ahead the caller chooses, for callers that
/// stop early (`first 10`: no page read ahead) or fold as pages arrive (`count`).
extension SpaceHandle {
    /// The tickets `filter`'s server-side parts select (in the milestone `milestoneID`, if
    /// given), as pages in the server's order. When the space's cache holds the whole ticket
    /// list the pages come from memory (no request), selected and ordered by the server's
    /// rules. `window`: pages read ahead of the consumer.
    public func ticketPages(_ filter: TicketFilter, milestoneID: Int? = nil, window: Int) async -> PageSequence<TicketHandle> {
        let size = core.configuration.pageSize
        if filter.answerableFromMemory, let all: [Ticket] = await cache.peek(.tickets) {
            return .inMemory(filter.serverAnswer(from: all, milestoneID: milestoneID).map { TicketHandle(record: $0, space: self) },
                             pageSize: size)
        }
        let endpoint = filter.endpoint(space: record.id, milestoneID: milestoneID)
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
