/// Ticket lists read with the read-ahead the caller chooses, for callers that stop early
/// (`first 10`: no page read ahead) or fold as pages arrive (`count`).
extension SpaceHandle {
    /// The tickets `filter`'s server-side parts select (in the milestone `milestoneID`, if
    /// given), in the server's order, read by the client's one pager. When the space's cache
    /// holds the whole ticket list they come from memory (no request), selected and ordered
    /// by the server's rules. `readAhead: false`: each page only when the reader asks for it.
    public func ticketPages(_ filter: TicketFilter, milestoneID: Int? = nil, readAhead: Bool) async -> Paged<TicketHandle> {
        let space = self
        if filter.answerableFromMemory, let all: [Ticket] = await cache.peek(.tickets) {
            let answer = filter.serverAnswer(from: all, milestoneID: milestoneID).map { TicketHandle(record: $0, space: space) }
            return Paged { PageReader(answer) }
        }
        let endpoint = filter.endpoint(space: record.id, milestoneID: milestoneID)
        return core.paged(endpoint, concurrency: readAhead ? nil : 1).compactMap { TicketHandle(record: $0, space: space) }
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
