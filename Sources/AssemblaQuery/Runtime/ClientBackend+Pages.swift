import Assembla

extension ClientBackend {
    func ticketPages(space: Record, filter: TicketFilter, milestoneID: Int?, window: Int,
                     _ consume: ([Record]) async throws -> Bool) async throws {
        let tickets = try await handle(space).ticketPages(filter, milestoneID: milestoneID, readAhead: window > 0)
        for try await page in tickets.pages {
            guard try await consume(page.map { Record(model: $0.record) }) else { return }
        }
    }

    func ticketRequest(space: Record?, filter: TicketFilter, milestoneID: Int?) -> String {
        filter.firstRequest(space: space?.text("id") ?? ":space", milestoneID: milestoneID, pageSize: client.configuration.pageSize)
    }

    func holdsTickets(space: Record) async -> Bool {
        guard case .space(let handle)? = space.origin else { return false }
        return await handle.holdsTickets()
    }

    func heldSpaces() async -> [Record]? {
        await client.cachedSpaces()?.map(Record.init(space:))
    }

    var concurrency: Int { client.configuration.maxConcurrentRequests }
}
