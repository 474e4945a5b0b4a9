import Assembla
import AssemblaSandbox
import Foundation
import Testing

/// The examples of the original Python wrapper's README (`/work/shared/original/`), in Swift,
/// against the sandbox's seeded "Big Project".
@Suite("Original examples")
struct OriginalExamplesTests {
    @Test("basic example: ticket #201's status")
    func basic() async throws {
        try await Sandbox.run { _, assembla in
            let status = try await assembla.space(named: "Big Project").ticket(number: 201).status
            #expect(status == "Test")
        }
    }

    @Test("space examples: spaces, milestones, tickets, users")
    func spaceExamples() async throws {
        try await Sandbox.run { _, assembla in
            let spaces = try await assembla.spaces()
            #expect(Set(spaces.map(\.name)) == ["Big Project", "Website Redesign", "Mobile App", "Big Project Archive"])

            let space = try await assembla.space(named: "Big Project")
            #expect(space.wikiName == "big-project")
            let milestones = try await space.milestones()
            #expect(Set(milestones.map(\.title)).isSuperset(of: ["Release Candidate 1", "Release Candidate 2", "Backlog", "Beta"]))
            let milestone = try await space.milestone(named: "Release Candidate 1")
            #expect(milestone.title == "Release Candidate 1")

            let tickets = try await space.tickets()
            #expect(tickets.count == 400)
            let testing = try await space.tickets(where: TicketFilter(status: "Test"))
            #expect(!testing.isEmpty)
            #expect(testing.allSatisfy { $0.status == "Test" })
            #expect(testing.count == tickets.filter { $0.status == "Test" }.count)

            let ticket = try await space.ticket(number: 301)
            #expect(ticket.number == 301)

            let users = try await space.users()
            #expect(users.contains { $0.login == "jsmith" })
            let john = try await space.user(named: "John Smith")
            #expect(john.login == "jsmith")
        }
    }

    @Test("milestone examples: its tickets, a ticket, its users, a user")
    func milestoneExamples() async throws {
        try await Sandbox.run { _, assembla in
            let milestone = try await assembla.space(named: "Big Project").milestone(named: "Release Candidate 1")
            let tickets = try await milestone.tickets()
            #expect(!tickets.isEmpty)
            #expect(tickets.allSatisfy { $0.milestoneID == milestone.id })
            let ticket = try await milestone.ticket(number: 301)
            #expect(ticket.number == 301)
            let users = try await milestone.users()
            #expect(users.contains { $0.name == "John Smith" })
            let assignees = Set(tickets.compactMap(\.assignedToID))
            #expect(users.allSatisfy { assignees.contains($0.id) })
            let john = try await milestone.user(named: "John Smith")
            #expect(john.login == "jsmith")
        }
    }

    @Test("user examples: the user's tickets and one awaiting testing")
    func userExamples() async throws {
        try await Sandbox.run { _, assembla in
            let user = try await assembla.space(named: "Big Project").user(named: "John Smith")
            let tickets = try await user.tickets()
            #expect(!tickets.isEmpty)
            #expect(tickets.allSatisfy { $0.assignedToID == user.id })
            let ticket = try await user.ticket(where: TicketFilter(status: "Test"))
            #expect(ticket.status == "Test")
            #expect(ticket.assignedToID == user.id)
        }
    }

    @Test("ticket examples: code review, and by assignee + priority + status")
    func ticketExamples() async throws {
        try await Sandbox.run { _, assembla in
            let space = try await assembla.space(named: "Big Project")
            #expect(try await space.ticket(number: 201).status == "Test")
            let review = try await space.tickets(where: TicketFilter(status: "Code Review"))
            #expect(!review.isEmpty)
            #expect(review.allSatisfy { $0.status == "Code Review" })
            let urgent = try await space.tickets(where: TicketFilter(status: "Test", assignee: "John Smith", priority: 1))
            #expect(!urgent.isEmpty)
            let john = try await space.user(named: "jsmith")
            #expect(urgent.allSatisfy { $0.priority == 1 && $0.status == "Test" && $0.assignedToID == john.id })
        }
    }

    @Test("tasks example: total hours per space")
    func tasksExample() async throws {
        try await Sandbox.run(client: { $0.useCache = false }) { _, assembla in
            let tasks = try await assembla.tasks()
            let spaces = try await assembla.spaces()
            #expect(tasks.count >= 30)
            var totals: [String: Double] = [:]
            for space in spaces {
                totals[space.name] = tasks.filter { $0.spaceID == space.id }.reduce(0) { $0 + $1.hours }
            }
            #expect(totals.values.reduce(0, +) == tasks.reduce(0) { $0 + $1.hours })
            #expect(totals["Big Project", default: 0] > 0)
        }
    }

    @Test("stream example: the last 24 hours, with authors found among space users")
    func streamExample() async throws {
        try await Sandbox.run(client: { $0.useCache = false }) { _, assembla in
            let now = Date()
            let dayAgo = now.addingTimeInterval(-86_400)
            let events = try await assembla.stream(from: dayAgo, to: now)
            #expect(!events.isEmpty)
            #expect(events.allSatisfy { $0.date >= dayAgo.addingTimeInterval(-60) && $0.date <= now.addingTimeInterval(60) })
            var summary: [String] = []
            for space in try await assembla.spaces() {
                for user in try await space.users() {
                    for event in events where event.authorID == user.id && event.spaceID == space.id {
                        summary.append("\(user.name) @ \(space.name) \(event.operation) \(event.title ?? "")")
                    }
                }
            }
            #expect(!summary.isEmpty)
        }
    }

    @Test("cache examples: deactivate a space, clear it, useCache: false")
    func cacheExamples() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            _ = try await space.milestones()
            await server.resetRequestLog()
            _ = try await space.milestones()
            #expect(await server.requests().isEmpty, "a repeated read is answered from the cache")

            await space.cache.clear()
            _ = try await space.milestones()
            #expect(await Self.reads(server).count == 1, "after clear() the next read refills the cache")

            await space.cache.deactivate()
            await server.resetRequestLog()
            _ = try await space.milestones()
            _ = try await space.milestones()
            #expect(await Self.reads(server).count == 2, "a deactivated cache reads fresh data every time")
        }
        try await Sandbox.run(client: { $0.useCache = false }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            _ = try await space.users()
            _ = try await space.users()
            #expect(await Self.reads(server, pathPrefix: "/v1/spaces/\(space.id)/users").count == 2)
        }
    }

    /// The reads of lists: requests for their first page (a list's page 2 may follow, proving
    /// that the server did not cut page 1 short).
    static func reads(_ server: SandboxServer, pathPrefix: String = "/v1/") async -> [SandboxRequestRecord] {
        await Sandbox.requests(server, pathPrefix: pathPrefix).filter { $0.query["page"] ?? "1" == "1" }
    }
}
