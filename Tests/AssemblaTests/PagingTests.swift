import Assembla
import AssemblaSandbox
import Foundation
import Testing

@Suite("Paging and concurrency")
struct PagingTests {
    @Test("all 400 tickets arrive in order, 100 per page")
    func defaultSpace() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            let tickets = try await space.tickets()
            #expect(tickets.map(\.number) == Array(1...400))
            let pages = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(pages.allSatisfy { $0.query["per_page"] == "100" && $0.query["report"] == "0" })
            #expect(pages.count <= 4 + 6)
            #expect(Set(pages.compactMap { $0.query["page"] }).isSuperset(of: ["1", "2", "3", "4", "5"]))
        }
    }

    @Test("10,000 tickets: every one, in order, with at most ceil(n/100) + window requests and the bound respected")
    func tenThousand() async throws {
        let counting = CountingTransport()
        try await Sandbox.run({ $0.ticketCount = 10_000; $0.latency = .milliseconds(5) },
                              client: { $0.transport = counting }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            let tickets = try await space.tickets()
            #expect(tickets.count == 10_000)
            #expect(tickets.map(\.number) == Array(1...10_000))
            let requests = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(requests.count <= 100 + 6)
            let maxInFlight = await counting.maxInFlight
            #expect(maxInFlight <= 6)
            #expect(maxInFlight > 1, "pages are fetched concurrently")
        }
    }

    @Test("concurrency 1 reads one page at a time and gets the same list", arguments: [1, 3])
    func sequential(concurrency: Int) async throws {
        let counting = CountingTransport()
        try await Sandbox.run({ $0.ticketCount = 1_234 }, client: {
            $0.transport = counting
            $0.maxConcurrentRequests = concurrency
        }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let tickets = try await space.tickets()
            #expect(tickets.map(\.number) == Array(1...1_234))
            #expect(await counting.maxInFlight <= concurrency)
            let pages = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(pages.count <= 13 + concurrency)
        }
    }

    @Test("a custom page size is honoured to the end (no silent cap)")
    func pageSize() async throws {
        try await Sandbox.run(client: { $0.pageSize = 7 }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let tickets = try await space.tickets()
            #expect(tickets.count == 400)
            let pages = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(pages.allSatisfy { $0.query["per_page"] == "7" })
        }
    }

    @Test("uncapped cost, one page at a time: exactly the pages needed plus the one past the end",
          arguments: [(400, 5), (1_234, 13), (100, 2), (99, 2)])
    func uncappedCost(tickets: Int, requests: Int) async throws {
        try await Sandbox.run({ $0.ticketCount = tickets }, client: { $0.maxConcurrentRequests = 1 }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            #expect(try await space.tickets().count == tickets)
            let pages = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(pages.map { $0.query["page"] } == (1...requests).map { String($0) })
        }
    }

    @Test("a list shorter than one page costs at most one page past its end; a shorter one of the same kind then costs one")
    func shortListCost() async throws {
        try await Sandbox.run { server, assembla in
            let big = try await assembla.space(named: "Big Project")
            let website = try await assembla.space(named: "Website Redesign")
            await server.resetRequestLog()
            #expect(try await big.milestones().count == 4)
            #expect(await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(big.id)/milestones").count <= 2)
            #expect(try await website.milestones().count == 2)
            #expect(await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(website.id)/milestones").count == 1)
        }
    }

    @Test("a 204 answer to a list is an empty list")
    func emptyList() async throws {
        try await Sandbox.run { server, assembla in
            let far = Date(timeIntervalSinceNow: 400 * 86_400)
            let tasks = try await assembla.tasks(from: far, to: far.addingTimeInterval(86_400))
            #expect(tasks.isEmpty)
            let served = await Sandbox.requests(server, pathPrefix: "/v1/tasks")
            #expect(served.last?.status == 204)
        }
    }

    @Test("spaces(withTool:) by name or type id", arguments: ["Git", "git", "128"])
    func withTool(tool: String) async throws {
        try await Sandbox.run { _, assembla in
            let spaces = try await assembla.spaces(withTool: tool)
            #expect(spaces.map(\.name) == ["Big Project"])
            #expect(try await assembla.spaces(withTool: 13).count == 4)
        }
    }
}

@Suite("Cancellation")
struct CancellationTests {
    @Test("cancelling a long read stops it with CancellationError")
    func cancel() async throws {
        try await Sandbox.run({ $0.ticketCount = 3_000; $0.latency = .milliseconds(200) }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let read = Task { try await space.tickets() }
            try await Task.sleep(for: .milliseconds(50))
            read.cancel()
            let result = await read.result
            #expect(throws: CancellationError.self) { try result.get() }
            let pages = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(pages.count < 30, "the read stopped before fetching all 30 pages")
        }
    }
}
