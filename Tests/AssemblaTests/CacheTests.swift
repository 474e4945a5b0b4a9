import Assembla
import AssemblaSandbox
import Foundation
import Testing

@Suite("Cache")
struct CacheTests {
    @Test("a second read costs no request, for every cached list")
    func secondReadFree() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let ticket = try await space.ticket(number: 301)
            func readAll() async throws {
                _ = try await assembla.spaces()
                _ = try await assembla.me()
                _ = try await space.milestones()
                _ = try await space.tickets()
                _ = try await space.users()
                _ = try await space.statuses()
                _ = try await space.customFields()
                _ = try await space.tags()
                _ = try await space.tools()
                _ = try await space.members()
                _ = try await ticket.comments()
                _ = try await ticket.tags()
            }
            try await readAll()
            await server.resetRequestLog()
            try await readAll()
            #expect(await server.requests().isEmpty)
        }
    }

    @Test("a write drops exactly the lists it changes: members, not tickets; tickets, not members")
    func exactInvalidation() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            _ = try await space.tickets()
            _ = try await space.users()
            _ = try await space.members()
            _ = try await space.milestones()
            try await space.changeRole(of: "watcher1", to: "watcher")
            await server.resetRequestLog()
            _ = try await space.tickets()
            _ = try await space.milestones()
            #expect(await server.requests().isEmpty, "tickets and milestones stay cached after a membership change")
            _ = try await space.users()
            _ = try await space.members()
            let sent = Set(await server.requests().map(\.path))  // a short list's page-2 probe repeats a path
            #expect(sent == ["/v1/spaces/\(space.record.id)/user_roles", "/v1/spaces/\(space.record.id)/users"], "\(sent)")
            try await space.createTicket(TicketFields(summary: "cache check"))
            await server.resetRequestLog()
            _ = try await space.users()
            _ = try await space.milestones()
            #expect(await server.requests().isEmpty, "users and milestones stay cached after a ticket write")
            _ = try await space.tickets()
            #expect(await server.requests().contains { $0.path.hasSuffix("/tickets") })
        }
    }

    @Test("lookups by name and number reuse the cached lists")
    func lookupsReuse() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            _ = try await space.tickets()
            _ = try await space.milestones()
            _ = try await space.users()
            await server.resetRequestLog()
            _ = try await assembla.space(named: "big-project")
            #expect(try await space.ticket(number: 301).number == 301)
            _ = try await space.milestone(named: "Backlog")
            _ = try await space.user(named: "jsmith")
            let milestone = try await space.milestone(named: "Release Candidate 1")
            #expect(try await milestone.tickets().isEmpty == false)
            _ = try await space.tickets(where: TicketFilter(status: "Test", assignee: "John Smith"))
            #expect(await server.requests().isEmpty)
        }
    }

    @Test("a ticket created elsewhere after the list was cached is still found by number")
    func staleList() async throws {
        try await Sandbox.run { _, assembla in
            let space = try await assembla.space(named: "Mobile App")
            _ = try await space.tickets()
            let other = AssemblaClient(configuration: assembla.configuration)
            let created = try await other.space(named: "Mobile App").createTicket(TicketFields(summary: "From elsewhere"))
            #expect(try await space.ticket(number: created.number).summary == "From elsewhere")
        }
    }

    @Test("concurrent identical reads share one request")
    func sharedInFlight() async throws {
        try await Sandbox.run({ $0.latency = .milliseconds(30) }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            let counts = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 { group.addTask { try await space.milestones().count } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(counts).count == 1)
            // One read: page 1, and page 2 (a 204) proving the server did not cut page 1 short.
            #expect(await server.requests().map { $0.query["page"] } == ["1", "2"])
        }
    }

    @Test("clear, deactivate and activate for all spaces")
    func allSpaces() async throws {
        try await Sandbox.run { server, assembla in
            let spaces = try await assembla.spaces()
            for space in spaces { _ = try await space.milestones() }
            await assembla.cache.clear()
            await server.resetRequestLog()
            for space in spaces { _ = try await space.milestones() }
            #expect(await server.requests().filter { $0.query["page"] == "1" }.count == spaces.count)

            await assembla.cache.deactivate()
            await server.resetRequestLog()
            _ = try await assembla.spaces()
            _ = try await assembla.spaces()
            #expect(await server.requests().count == 2)
            #expect(await spaces[0].cache.isActive == false)

            await assembla.cache.activate()
            _ = try await assembla.spaces()
            await server.resetRequestLog()
            _ = try await assembla.spaces()
            #expect(await server.requests().isEmpty)
        }
    }

    @Test("useCache: false starts every space deactivated")
    func useCacheFalse() async throws {
        try await Sandbox.run(client: { $0.useCache = false }) { server, assembla in
            let space = try await assembla.space(named: "Mobile App")
            #expect(await space.cache.isActive == false)
            await server.resetRequestLog()
            _ = try await space.tickets()
            _ = try await space.tickets()
            let reads = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets").filter { $0.query["page"] == "1" }
            #expect(reads.count == 2)
        }
        let assembla = AssemblaClient(credentials: .bearer(token: "t"), baseURL: URL(string: "http://127.0.0.1:1")!, useCache: false)
        #expect(assembla.configuration.useCache == false)
    }

    @Test("writes make the next read show the change")
    func writesInvalidate() async throws {
        try await Sandbox.run { _, assembla in
            let space = try await assembla.space(named: "Website Redesign")
            let before = try await space.tickets()
            let created = try await space.createTicket(TicketFields(summary: "Cache me"))
            let after = try await space.tickets()
            #expect(after.count == before.count + 1)
            #expect(after.contains { $0.number == created.number })

            try await created.update(TicketFields(status: "Fixed"))
            #expect(try await space.ticket(number: created.number).status == "Fixed")

            let milestones = try await space.milestones()
            try await space.createMilestone(MilestoneFields(title: "Cached milestone"))
            #expect(try await space.milestones().count == milestones.count + 1)
        }
    }
}

@Suite("Shared loads and cancellation")
struct SharedLoadCancellationTests {
    @Test("a cancelled reader of a shared load returns at once; the load goes on for the other reader and is cached")
    func cancelledReaderOfSharedLoad() async throws {
        try await Sandbox.run({ $0.latency = .milliseconds(600) }) { server, assembla in
            let space = try await assembla.space(named: "Website Redesign")
            await server.resetRequestLog()
            let first = Task { try await space.tickets().count }
            try await Task.sleep(for: .milliseconds(100))
            let second = Task { try await space.tickets().count }
            try await Task.sleep(for: .milliseconds(100))
            first.cancel()
            let cancelled = await first.result
            #expect(throws: CancellationError.self) { try cancelled.get() }
            // The cancelled reader did not wait for the load: nothing of it was served yet.
            #expect(await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets").isEmpty)
            #expect(try await second.value == 40)
            await server.resetRequestLog()
            #expect(try await space.tickets().count == 40)
            #expect(await server.requests().isEmpty, "the shared load's result was cached")
        }
    }
}
