import Assembla
import AssemblaSandbox
import Foundation
import Testing

/// The pager's window slides: once the first full window of pages was handed out, each page
/// handed out asks for the next, so `maxConcurrentRequests` requests stay in flight until the
/// list ends (a window refilled in batches would let it drain between batches).
@Suite("Sliding page window")
struct PageWindowTests {
    /// Holds back the answer to each ticket page from `gatedFrom` to `gatedThrough` until the
    /// request for the page `window - 1` after it was sent, as a pager keeping `window` pages in
    /// flight does; a page whose successor never comes is let through after a while and
    /// counted as starved (a batch pager starves at every batch boundary).
    final class WindowGate: HTTPTransport {
        private let base = URLSessionTransport()
        private let state = State()
        let window: Int
        let gated: ClosedRange<Int>

        init(window: Int, gatedFrom: Int, gatedThrough: Int) {
            self.window = window
            gated = gatedFrom...gatedThrough
        }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let page = request.path.hasSuffix("/tickets") ? request.query.first { $0.name == "page" }?.value.flatMap { Int($0) } : nil
            await state.begin(page)
            defer { Task { await state.end() } }
            if let page, gated.contains(page) {
                var waited = 0
                while await !state.sent(page + window - 1) {
                    waited += 1
                    if waited > 300 {
                        await state.starve(page)
                        break
                    }
                    try await Task.sleep(for: .milliseconds(10))
                }
            }
            return try await base.send(request)
        }

        var starved: [Int] { get async { await state.starved } }
        var maxInFlight: Int { get async { await state.maxInFlight } }

        actor State {
            var pages = Set<Int>()
            var starved: [Int] = []
            var inFlight = 0
            var maxInFlight = 0
            func begin(_ page: Int?) {
                if let page { pages.insert(page) }
                inFlight += 1
                maxInFlight = max(maxInFlight, inFlight)
            }
            func end() { inFlight -= 1 }
            func sent(_ page: Int) -> Bool { pages.contains(page) }
            func starve(_ page: Int) { starved.append(page) }
        }
    }

    static let tickets = 2_000

    @Test("after the first full window, every page is asked for before the page `window - 1` before it is answered; order kept",
          arguments: [(ReadIntent.whole, 8), (ReadIntent.readAhead, 14)])
    func slides(intent: ReadIntent, firstSliding: Int) async throws {
        let pages = Self.tickets / 100
        let gate = WindowGate(window: 6, gatedFrom: firstSliding, gatedThrough: pages + 1)
        try await Sandbox.run({ $0.ticketCount = Self.tickets }, client: { $0.transport = gate; $0.useCache = false }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            var numbers: [Int] = []
            for try await page in await space.ticketPages(TicketFilter(), intent: intent).pages {
                numbers += page.map(\.number)
            }
            #expect(numbers == Array(1...Self.tickets))
            let starved = await gate.starved
            #expect(starved.isEmpty, "pages answered only after a batch boundary: \(starved)")
            #expect(await gate.maxInFlight == 6)
            let sent = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(sent.count >= pages + 1)
            #expect(sent.count <= pages + 1 + 5, "at most concurrency - 1 pages past the empty one")
        }
    }

    @Test("a whole read asks for page 2 with page 1: a 600-ticket list costs its 7 pages, the last one empty")
    func wholeReadCost() async throws {
        try await Sandbox.run({ $0.ticketCount = 600 }, client: { $0.useCache = false }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            let count = try await space.ticketPages(TicketFilter(), intent: .whole).collect().count
            #expect(count == 600)
            let sent = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(TicketIdentityTests.pages(sent) == Array(1...7))
        }
    }

    @Test("one page at a time: page 2 is asked for only when the reader wants it")
    func pageByPage() async throws {
        try await Sandbox.run({ $0.ticketCount = 600 }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            for try await ticket in await space.ticketPages(TicketFilter(), intent: .pageByPage) where ticket.number == 3 { break }
            let sent = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(sent.map { $0.query["page"] } == ["1"])
        }
    }
}

@Suite("Ticket identities")
struct TicketIdentityTests {
    @Test("ticketIdentities reads the same tickets as ticketPages, with the same requests, from the server or the cache")
    func sameList() async throws {
        try await Sandbox.run({ $0.ticketCount = 1_234 }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let filter = TicketFilter(report: 1)
            await server.resetRequestLog()
            let identities = try await space.ticketIdentities(filter).collect()
            let identityRequests = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            await server.resetRequestLog()
            // A client of its own: this one remembers where the list ended and would read it
            // without the pages past its end (see HintStoreTests).
            let fresh = AssemblaClient(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"), baseURL: server.baseURL)
            let freshSpace = try await fresh.space(named: "Big Project")
            await server.resetRequestLog()
            let tickets = try await freshSpace.ticketPages(filter, intent: .whole).collect()
            let ticketRequests = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(!identities.isEmpty)
            #expect(identities == tickets.map { TicketIdentity($0.record) })
            #expect(Self.pages(identityRequests) == Self.pages(ticketRequests))
            #expect(identityRequests.allSatisfy { $0.query["report"] == "1" })
            _ = try await space.tickets()
            await server.resetRequestLog()
            #expect(try await space.ticketIdentities(filter).collect() == identities, "answered from the cached list")
            #expect(await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets").isEmpty)
        }
    }

    /// The page numbers of `requests`, in order.
    static func pages(_ requests: [SandboxRequestRecord]) -> [Int] {
        requests.compactMap { $0.query["page"].flatMap { Int($0) } }.sorted()
    }

    @Test("ticketCount equals the count of pagedTickets(where:), for server-side and local criteria")
    func counts() async throws {
        try await Sandbox.run { _, assembla in
            let space = try await assembla.space(named: "Big Project")
            for filter in [TicketFilter(), TicketFilter(report: 4), TicketFilter(numbers: [5, 201, 99_999]),
                           TicketFilter(status: "Test"), TicketFilter(priority: .high, report: 1)] {
                let expected = try await space.pagedTickets(where: filter).collect().count
                #expect(try await space.ticketCount(where: filter) == expected, "\(filter)")
            }
            #expect(try await space.ticketCount() == 400)
            #expect(try await space.ticketCount(where: TicketFilter(numbers: [5, 201, 99_999])) == 2)
        }
    }
}
