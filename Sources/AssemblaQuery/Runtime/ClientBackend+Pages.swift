import Assembla

extension ClientBackend {
    func ticketPages(space: Record, filter: TicketFilter, milestoneID: Int?, intent: ReadIntent,
                     _ consume: ([Record]) async throws -> Bool) async throws {
        let tickets = try await handle(space).ticketPages(filter, milestoneID: milestoneID, intent: intent)
        for try await page in tickets.pages {
            guard try await consume(page.map { Record(model: $0.record) }) else { return }
        }
    }

    func ticketCount(space: Record, filter: TicketFilter, milestoneID: Int?) async throws -> Int {
        var count = 0
        let identities = try await handle(space).ticketIdentities(filter, milestoneID: milestoneID, intent: .whole)
        for try await page in identities.pages {
            count += page.count
        }
        return count
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

    func rememberedSpaces() async -> [Record]? {
        await client.rememberedSpaces()?.map(Record.init(space:))
    }

    var concurrency: Int { client.configuration.maxConcurrentRequests }
}
