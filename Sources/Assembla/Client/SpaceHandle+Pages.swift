/// Ticket lists read with the read-ahead the caller chooses, for callers that stop early
/// (`first 10`: no page read ahead) or read to the end (`count`: the full window at once).
extension SpaceHandle {
    /// The tickets `filter`'s server-side parts select (in the milestone `milestoneID`, if
    /// given), in the server's order, read by the client's one pager. When the space's cache
    /// holds the whole ticket list they come from memory (no request), selected and ordered
    /// by the server's rules. `intent` sets how far pages are read ahead (``ReadIntent``).
    public func ticketPages(_ filter: TicketFilter, milestoneID: Int? = nil, intent: ReadIntent) async -> Paged<TicketHandle> {
        let space = self
        return await serverSelected(filter, milestoneID: milestoneID, intent: intent, as: Ticket.self) { $0 }
            .compactMap { TicketHandle(record: $0, space: space) }
    }

    /// The identities (id and number) of the tickets ``ticketPages(_:milestoneID:intent:)``
    /// reads, through the same pager and with the same requests, decoding nothing else of each
    /// ticket: the lean way to count a list or collect its numbers.
    public func ticketIdentities(_ filter: TicketFilter = TicketFilter(), milestoneID: Int? = nil,
                                 intent: ReadIntent = .whole) async -> Paged<TicketIdentity> {
        await serverSelected(filter, milestoneID: milestoneID, intent: intent, as: TicketIdentity.self, TicketIdentity.init)
    }

    /// How many tickets ``pagedTickets(where:)`` hands out for `filter` (its server-side parts
    /// go into the request, the rest is checked on each ticket). A filter with only
    /// server-side parts (``TicketFilter/report``, ``TicketFilter/numbers``) is counted from
    /// ``ticketIdentities(_:milestoneID:intent:)``, reading the whole list at once and decoding
    /// ids only; other criteria need each ticket, read as ``pagedTickets(where:)`` does.
    public func ticketCount(where filter: TicketFilter = TicketFilter()) async throws -> Int {
        var count = 0
        if filter.serverSideOnly {
            for try await page in await ticketIdentities(filter).pages { count += page.count }
        } else {
            for try await page in pagedTickets(where: filter).pages { count += page.count }
        }
        return count
    }

    /// The tickets `filter`'s server-side parts select, each as `Item`: from the cache's
    /// whole list when it holds one (through `fromMemory`), else from the server.
    private func serverSelected<Item: Decodable & Sendable>(
        _ filter: TicketFilter, milestoneID: Int?, intent: ReadIntent, as _: Item.Type,
        _ fromMemory: @escaping @Sendable (Ticket) -> Item
    ) async -> Paged<Item> {
        if filter.answerableFromMemory, let all: [Ticket] = await cache.peek(.tickets) {
            let answer = filter.serverAnswer(from: all, milestoneID: milestoneID).map(fromMemory)
            return Paged { PageReader(answer) }
        }
        let endpoint = filter.endpoint(space: record.id, milestoneID: milestoneID).decoding(Item.self)
        return core.paged(endpoint, intent: intent)
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
        return await handles(for: records)
    }
}
