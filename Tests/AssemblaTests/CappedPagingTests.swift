import Assembla
import AssemblaSandbox
import Foundation
import Testing

/// Issue 7 §1: a server that serves fewer items per page than the client asks for must not
/// make a list end after its first page. Every paged list the library reads is read against
/// sandboxes capping `per_page` at 100 (with a client asking for 250), 50, 30, 25 and 7.
@Suite("Paging against a server that caps per_page")
struct CappedPagingTests {
    /// Every paged list of the test data, read by one client.
    struct Lists {
        var tickets: [Ticket]
        var milestoneTickets: [Ticket]
        var tasks: [TimeEntry]
        var stream: [StreamEvent]
        var comments: [TicketComment]
        var users: [User]
        var milestones: [Milestone]
    }

    /// Comments added to ticket #301 and milestones added to Big Project, so that those lists
    /// are longer than the caps.
    static let addedComments = 60
    static let addedMilestones = 40
    static let extraMembers = 60
    static let ticketCount = 437

    static func seed(_ assembla: AssemblaClient) async throws {
        let space = try await assembla.space(named: "Big Project")
        let ticket = try await space.ticket(number: 301)
        for index in 1...addedComments { _ = try await ticket.addComment("capped paging \(index)") }
        for index in 1...addedMilestones { _ = try await space.createMilestone(MilestoneFields(title: "Capped \(index)")) }
    }

    static func read(_ assembla: AssemblaClient) async throws -> Lists {
        let space = try await assembla.space(named: "Big Project")
        let milestone = try await space.milestone(named: "Release Candidate 1")
        let milestoneTickets = try await milestone.tickets().map(\.record)
        let tickets = try await space.tickets().map(\.record)
        return Lists(
            tickets: tickets, milestoneTickets: milestoneTickets,
            tasks: try await assembla.tasks(), stream: try await assembla.stream(),
            comments: try await space.ticket(number: 301).comments(),
            users: try await space.users().map(\.record), milestones: try await space.milestones().map(\.record))
    }

    /// A client of `server` without a cache, asking for `pageSize` items per page.
    static func client(_ server: SandboxServer, pageSize: Int, transport: (any HTTPTransport)? = nil) -> AssemblaClient {
        let credentials = server.configuration.credentials
        var configuration = AssemblaConfiguration(credentials: .apiKey(key: credentials.key, secret: credentials.secret),
                                                  baseURL: server.baseURL, useCache: false, pageSize: pageSize)
        configuration.transport = transport
        return AssemblaClient(configuration: configuration)
    }

    @Test("every paged list is read whole and in order, whatever page size the server caps at",
          arguments: [(100, 250), (50, 100), (30, 100), (25, 100), (7, 100), (7, 7)])
    func capped(cap: Int, pageSize: Int) async throws {
        try await Sandbox.run({
            $0.maxPerPage = cap
            $0.ticketCount = Self.ticketCount
            $0.extraMemberCount = Self.extraMembers
        }) { server, _ in
            let assembla = Self.client(server, pageSize: pageSize)
            try await Self.seed(assembla)
            // The reference reads with a page size the server honours (nothing capped).
            let exact = try await Self.read(Self.client(server, pageSize: min(cap, pageSize)))
            await server.resetRequestLog()
            let lists = try await Self.read(assembla)

            #expect(lists.tickets.map(\.number) == Array(1...Self.ticketCount))
            #expect(lists.users.count == 6 + Self.extraMembers)
            #expect(lists.milestones.count == 4 + Self.addedMilestones)
            #expect(lists.tasks.count == 60)
            #expect(lists.comments.count == exact.comments.count)
            #expect(lists.comments.count > Self.addedComments)
            #expect(lists.stream.count > 150)
            let inMilestone = lists.tickets.filter { $0.milestoneID == exact.milestoneTickets.first?.milestoneID }
            #expect(lists.milestoneTickets.count == inMilestone.count)
            #expect(lists.milestoneTickets.count > cap || pageSize > 100)

            #expect(lists.tickets == exact.tickets)
            #expect(lists.milestoneTickets == exact.milestoneTickets)
            #expect(lists.tasks == exact.tasks)
            #expect(lists.stream == exact.stream)
            #expect(lists.comments == exact.comments)
            #expect(lists.users == exact.users)
            #expect(lists.milestones == exact.milestones)

            // Pages past the end: at most the concurrent window (6) beyond the pages needed.
            let effective = min(cap, pageSize)
            let ticketPages = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(lists.tickets[0].spaceID)/tickets")
                .filter { $0.query["report"] == "0" }
            let needed = Self.ticketCount / effective + 1
            #expect(ticketPages.count <= needed + 6, "\(ticketPages.count) ticket pages for \(needed) needed")
        }
    }

    @Test("after the page size is learned, pages are still fetched concurrently (within the bound)")
    func windowAfterLearning() async throws {
        let counting = CountingTransport()
        try await Sandbox.run({ $0.maxPerPage = 7; $0.latency = .milliseconds(5) }) { server, _ in
            let assembla = Self.client(server, pageSize: 100, transport: counting)
            let tickets = try await assembla.space(named: "Big Project").tickets()
            #expect(tickets.map(\.record.number) == Array(1...400))
            let maxInFlight = await counting.maxInFlight
            #expect(maxInFlight > 1, "pages are fetched concurrently once the size is known")
            #expect(maxInFlight <= 6)
            let pages = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(tickets[0].record.spaceID)/tickets")
            #expect(pages.count <= 58 + 6)
        }
    }

    @Test("a list exactly one capped page long ends with the page after it (204)")
    func exactlyOnePage() async throws {
        try await Sandbox.run({ $0.maxPerPage = 6 }) { server, _ in
            let assembla = Self.client(server, pageSize: 100)
            let users = try await assembla.space(named: "Big Project").users()
            #expect(users.count == 6)
            let served = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(users[0].space.id)/users")
            #expect(served.map { $0.query["page"] } == ["1", "2"])
            #expect(served.last?.status == 204)
        }
    }
}
