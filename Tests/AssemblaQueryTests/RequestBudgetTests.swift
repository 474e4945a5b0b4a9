import Assembla
import AssemblaSandbox
@testable import AssemblaQuery
import Testing

/// Issue 9's table: what each statement may cost, counted by the sandbox's request log on a
/// 600-ticket space (6 full pages of 100, then an empty one that ends the list). Pushdown is
/// on here whatever `ASSEMBLA_PUSHDOWN` says: these are its budgets.
@Suite("Request budgets")
struct RequestBudgetTests {
    static var sixHundred: SandboxConfiguration {
        var configuration = SandboxConfiguration()
        configuration.ticketCount = 600
        return configuration
    }

    /// The requests `source` makes in a fresh statement.
    private func requests(_ h: SandboxHarness, _ source: String) async -> [SandboxRequestRecord] {
        await h.server.resetRequestLog()
        await h.output(source)
        return await h.requests()
    }

    private func ticketLists(_ requests: [SandboxRequestRecord]) -> [SandboxRequestRecord] {
        requests.filter { $0.path.hasSuffix("/tickets") }
    }

    private func lookups(_ requests: [SandboxRequestRecord]) -> [SandboxRequestRecord] {
        requests.filter { $0.path.hasSuffix("/users") || $0.path.contains("/milestones") }
    }

    /// The requests without the pager's probes: a lookup list (users, milestones) whose first
    /// page is shorter than asked for is confirmed by asking for page 2 (the library's pager
    /// cannot tell a short list from a server that pages by fewer; see docs/LIBRARY.md). The
    /// planner decides which lists are read; the probe is the pager's, counted apart.
    private func withoutProbes(_ requests: [SandboxRequestRecord]) -> [SandboxRequestRecord] {
        requests.filter { !(lookups([$0]).count == 1 && $0.query["page"] == "2") }
    }

    @Test("ticket 201 | get status_name: the spaces list and the ticket, nothing else")
    func ticketGet() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let sent = await requests(h, "space \"Big Project\" | ticket 201 | get status_name")
            #expect(sent.map(\.path).map { $0.hasSuffix("/tickets/201") ? "ticket" : $0 } == ["/v1/spaces", "ticket"])
        }
    }

    @Test("tickets | count: the spaces list and the pages, no users or milestones")
    func count() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let sent = await requests(h, "space \"Big Project\" | tickets | count")
            #expect(h.collected.output == "600\n")
            #expect(lookups(sent).isEmpty)
            #expect(ticketLists(sent).count == 7, "6 full pages and the empty one that ends the list")
            #expect(sent.count == 8)
        }
    }

    @Test("tickets | first 5: one page; the table's assignee and milestone columns need their two lookups")
    func first() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let table = await requests(h, "space \"Big Project\" | tickets | first 5")
            #expect(ticketLists(table).count == 1)
            #expect(withoutProbes(table).count <= 4, "spaces, one page, users and milestones (shown by the table): \(table.map(\.path))")
            let selected = await requests(h, "space \"Big Project\" | tickets | first 5 | select number summary status")
            #expect(selected.count == 1, "spaces cached by the statement before; one page")
            #expect(ticketLists(selected).count == 1)
        }
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let selected = await requests(h, "space \"Big Project\" | tickets | first 5 | select number summary status")
            #expect(selected.count <= 3)
            #expect(selected.count == 2, "spaces and one page")
        }
    }

    @Test("tickets | sort updated_at desc | first 10: sorted by the server, one page")
    func sortedFirst() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let sent = await requests(h, "space \"Big Project\" | tickets | sort updated_at desc | first 10")
            #expect(withoutProbes(sent).count <= 4, "\(sent.map(\.path))")
            let pages = ticketLists(sent)
            #expect(pages.count == 1)
            #expect(pages.first?.query["sort_by"] == "updated_at")
            #expect(pages.first?.query["sort_order"] == "desc")
        }
    }

    @Test("stream since=-24h | count: the activity pages only")
    func stream() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let sent = await requests(h, "stream since=-24h | count")
            #expect(sent.count <= 3)
            #expect(sent.allSatisfy { $0.path == "/v1/activity" })
            #expect(sent.first?.query["from"] != nil)
        }
    }

    @Test("pushed filters: state as report, number as number[], milestone as its path")
    func pushedFilters() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let open = await requests(h, "space \"Big Project\" | tickets state=1 | count")
            #expect(ticketLists(open).allSatisfy { $0.query["report"] == "1" })
            let numbers = await requests(h, "space \"Big Project\" | tickets number=201 or number=5 | select number")
            #expect(ticketLists(numbers).count == 1)
            #expect(ticketLists(numbers).first?.query["number[]"] == "201,5")
            let milestone = await requests(h, "space \"Big Project\" | tickets milestone=\"Release Candidate 1\" | count")
            #expect(ticketLists(milestone).isEmpty)
            #expect(milestone.contains { $0.path.contains("/tickets/milestone/") })
            #expect(withoutProbes(milestone).filter { $0.path.contains("/milestones") }.count == 1, "the title resolved once: \(milestone.map(\.path))")
        }
    }

    @Test("tasks after space and user send spaces[] and users[]; the answer is the one read whole")
    func tasksNarrowed() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let statement = "space \"Big Project\" | user jsmith | tasks | count"
            let sent = await requests(h, statement)
            let tasks = sent.filter { $0.path == "/v1/tasks" }
            #expect(!tasks.isEmpty)
            #expect(tasks.allSatisfy { $0.query["spaces[]"] != nil && $0.query["users[]"] != nil })
            let pushed = h.collected.output
            #expect(pushed != "0\n", "jsmith logged time in Big Project")
            let client = AssemblaClient(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"), baseURL: h.server.baseURL)
            let plain = Session(client: client, options: SessionOptions(pushdown: false))
            let collected = SandboxHarness.Collected()
            plain.output = { collected.append($0) }
            _ = await plain.run(source: statement, origin: .commandLine)
            #expect(collected.output == pushed)
        }
    }
}
